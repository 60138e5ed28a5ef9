using System.IO.Compression;
using System.Text;
using PetitionKit.Tests.Cli;
using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.Hostile;

/// <summary>Full-size hostile template files, each loaded by the command-line tool in a process of its own, so an
/// attack that worked would kill that process rather than the test run, and its peak memory and time are measured.</summary>
[Trait("Category", "Hostile")]
public sealed class HostileLoadTests : IDisposable
{
    private const long MemoryBoundMegabytes = 1024;
    private readonly CliRun _files = new();

    [Fact]
    public async Task Check_DocxNestedTwentyThousandDeep_IsRefusedWithPK2006NotAStackOverflow()
    {
        var template = _files.Write("deep.docx", Docx.Package(HostilePackage.NestedBody(10_000)));

        var run = await ChildProcess.RunCliAsync("check", "--template", template);

        run.ExitCode.Should().Be(1, run.ToString());
        run.Error.Should().Contain("deep.docx/word/document.xml(¶0,0): error PK2006:");
        run.PeakMegabytes.Should().BeLessThan(MemoryBoundMegabytes, run.ToString());
        run.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), run.ToString());
    }

    [Fact]
    public async Task Render_FlatOpcNestedTwentyThousandDeep_IsRefusedWithPK2006NotAStackOverflow()
    {
        // Spliced into the text, since the SDK would indent each level of so deep a document on its own line.
        var flat = HostilePackage.FlatOpc(Docx.Package(Docx.Paragraph("x")))
            .Replace("<w:body>", "<w:body>" + HostilePackage.NestedBody(10_000), StringComparison.Ordinal);
        var template = _files.Write("deep.xml", flat);
        var data = _files.Write("data.json", "{}");

        var run = await ChildProcess.RunCliAsync("render", "--template", template, "--data", data, "--out", _files.Path("out.docx"));

        run.ExitCode.Should().Be(1, run.ToString());
        run.Error.Should().Contain("deep.xml(¶0,0): error PK2006:");
        _files.Files().Should().Equal("data.json", "deep.xml");
        run.PeakMegabytes.Should().BeLessThan(MemoryBoundMegabytes, run.ToString());
    }

    [Fact]
    public async Task Check_DocumentPartExpandingTo262Megabytes_IsRefusedWithPK2002BeforeParsing()
    {
        var template = _files.Write("expands.docx", ExpandingDocx(262L * 1000 * 1000));

        var run = await ChildProcess.RunCliAsync("check", "--template", template);

        run.ExitCode.Should().Be(1, run.ToString());
        run.Error.Should().Contain("expands.docx/word/document.xml(¶0,0): error PK2002:");
        run.PeakMegabytes.Should().BeLessThan(MemoryBoundMegabytes, run.ToString());
        run.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), run.ToString());
    }

    [Fact]
    public async Task Check_FlatOpcFileOf100Megabytes_IsRefusedByItsSizeWithPK2002()
    {
        var path = _files.Path("huge.xml");
        WriteLargeFlatOpc(path, 100L * 1000 * 1000);

        var run = await ChildProcess.RunCliAsync("check", "--template", path);

        run.ExitCode.Should().Be(1, run.ToString());
        run.Error.Should().Contain("error PK2002:");
        run.PeakMegabytes.Should().BeLessThan(MemoryBoundMegabytes, run.ToString());
    }

    [Fact]
    public async Task Check_EightyThousandSectionsEachReferringToNoPart_AreMarkedInLinearTime()
    {
        // Each dangling reference is dropped and the first section gets the marks' header and footer: 160,000 edits of
        // a 14 MB document, which applied one by one into the text took 15 s here. The document also has 50,000
        // relationships with the ids the marks would take first, looked up for every reference. Alone it takes about
        // 3 s; the bound leaves room for the whole suite running beside it on two cores (12.5 s seen).
        var section = "<w:p><w:pPr><w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdGone\"/>"
            + "<w:footerReference w:type=\"default\" r:id=\"rIdGone\"/></w:sectPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>";
        var template = _files.Write("sections.docx", WithRelationships(Docx.Package(string.Concat(Enumerable.Repeat(section, 80_000))), 50_000));

        var run = await ChildProcess.RunCliAsync("check", "--template", template);

        run.ExitCode.Should().Be(0, run.ToString());
        run.PeakMegabytes.Should().BeLessThan(MemoryBoundMegabytes, run.ToString());
        run.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), run.ToString());
    }

    public void Dispose() => _files.Dispose();

    /// <summary>The package with <paramref name="count"/> external relationships, rIdPk1 and up, added to the main document's.</summary>
    private static byte[] WithRelationships(byte[] docx, int count)
    {
        using var buffer = new MemoryStream();
        buffer.Write(docx);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/_rels/document.xml.rels")!;
            string rels;
            using (var reader = new StreamReader(entry.Open()))
            {
                rels = reader.ReadToEnd();
            }

            var added = string.Concat(Enumerable.Range(1, count).Select(i => string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"<Relationship Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"https://example.org/{i}\" TargetMode=\"External\" Id=\"rIdPk{i}\" />")));
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/_rels/document.xml.rels").Open());
            writer.Write(rels.Replace("</Relationships>", added + "</Relationships>", StringComparison.Ordinal));
        }

        return buffer.ToArray();
    }

    /// <summary>A .docx of about 2 MB whose document part inflates to <paramref name="bytes"/> (about 126:1, under the
    /// zip-bomb ratio), holding one huge attribute value and many paragraphs.</summary>
    private static byte[] ExpandingDocx(long bytes)
    {
        var sound = Docx.Package(Docx.Paragraph("x"));
        using var buffer = new MemoryStream();
        buffer.Write(sound);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var stream = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            stream.Write(Encoding.UTF8.GetBytes($"<w:document {Docx.Ns}><w:body><w:p w:rsidR=\""));
            var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 4096).Select(i => (char)('a' + ((i * 7) % 26)))));
            for (long written = 0; written < bytes; written += chunk.Length)
            {
                stream.Write(chunk);
            }

            stream.Write("\"/></w:body></w:document>"u8);
        }

        return buffer.ToArray();
    }

    private static void WriteLargeFlatOpc(string path, long bytes)
    {
        using var file = File.Create(path);
        file.Write(Encoding.UTF8.GetBytes(HostilePackage.FlatOpc(Docx.Package(Docx.Paragraph("x"))).Replace("</pkg:package>", "<!--", StringComparison.Ordinal)));
        var filler = new byte[1024 * 1024];
        filler.AsSpan().Fill((byte)'x');
        for (long written = 0; written < bytes; written += filler.Length)
        {
            file.Write(filler);
        }

        file.Write("--></pkg:package>"u8);
    }
}
