using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;

namespace PetitionKit.Tests.Packaging;

public sealed class PackageSafetyTests
{
    [Fact]
    public async Task Load_NotAZipNorXml_IsRefusedWithAdvice()
    {
        var act = () => Render.LoadAsync(Encoding.ASCII.GetBytes("%PDF-1.7 not a document"));

        var error = (await act.Should().ThrowAsync<TemplateException>()).Which.Diagnostics.Should().ContainSingle().Which;
        error.Code.Should().Be("PK2001");
        error.Message.Should().Contain("Save it from Word as .docx");
    }

    [Fact]
    public async Task Load_ZipWithoutDocument_IsRefused()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            writer.Write("hi");
        }

        var act = () => Render.LoadAsync(buffer.ToArray());

        (await act.Should().ThrowAsync<TemplateException>()).Which.Diagnostics[0].Code.Should().BeOneOf("PK2001", "PK2003");
    }

    [Fact]
    public async Task Load_ZipBomb_IsRefused()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 300; i++)
            {
                stream.Write(zeros);
            }
        }

        var act = () => Render.LoadAsync(buffer.ToArray());

        var error = (await act.Should().ThrowAsync<TemplateException>()).Which.Diagnostics.Should().ContainSingle().Which;
        error.Code.Should().Be("PK2002");
        error.Message.Should().Contain("zip bomb");
    }

    [Fact]
    public async Task Load_PartWithDtd_IsRefused()
    {
        var docx = Docx.Package(Docx.Paragraph("x"));
        var hostile = ReplaceEntry(docx, "word/document.xml", original =>
            original.Replace("<w:document", "<!DOCTYPE w:document [<!ENTITY e \"boom\">]><w:document", StringComparison.Ordinal));

        var act = () => Render.LoadAsync(hostile);

        (await act.Should().ThrowAsync<TemplateException>()).Which.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("PK2004");
    }

    [Fact]
    public async Task Load_MainDocumentWithoutContentType_IsRefusedWithCode()
    {
        var docx = Docx.Package(Docx.Paragraph("x"));
        var untyped = ReplaceEntry(docx, "[Content_Types].xml", original => System.Text.RegularExpressions.Regex.Replace(
            original, "<Override PartName=\"/word/document.xml\"[^>]*/>|<Default Extension=\"xml\"[^>]*/>", string.Empty,
            System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)));

        var act = () => Render.LoadAsync(untyped);

        var error = (await act.Should().ThrowAsync<TemplateException>()).Which.Diagnostics.Should().ContainSingle().Which;
        error.Code.Should().Be("PK2003");
        error.Location!.Value.PartUri.Should().Be("/word/document.xml");
        error.Message.Should().Contain("no content type");
    }

    [Theory]
    [InlineData("no body", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:p/></w:document>", "PK2003")]
    [InlineData("a body in another namespace", "<w:document xmlns:w=\"http://example.org/w\"><w:body><w:p/></w:body></w:document>", "PK2003")]
    public async Task Load_MainDocumentWithoutABody_IsRefusedAtTheDocumentPart(string what, string documentXml, string code)
    {
        var docx = ReplaceEntry(Docx.Package(Docx.Paragraph("x")), "word/document.xml", _ => documentXml);

        var act = () => Render.LoadAsync(docx);

        var error = (await act.Should().ThrowAsync<TemplateException>(what)).Which.Diagnostics.Should().ContainSingle().Which;
        error.Code.Should().Be(code);
        error.Location!.Value.PartUri.Should().Be("/word/document.xml");
        error.Message.Should().Contain("no main document body");
    }

    [Fact]
    public async Task Load_FlatOpcWordXml_RendersLikeTheDocx()
    {
        var docx = Docx.Package(Docx.Paragraph("Hello ", "{{ name }}"));
        string flat;
        using (var stream = new MemoryStream(docx))
        using (var document = WordprocessingDocument.Open(stream, false))
        {
            flat = document.ToFlatOpcString();
        }

        var (fromFlat, _) = await Render.DocxAsync(Encoding.UTF8.GetBytes(flat), """{"name": "Ana"}""");

        OpenXmlValidation.ShouldBeValid(fromFlat);
        DocxText.DraftParagraphs(fromFlat).Should().Equal("Hello Ana");
    }

    private static byte[] ReplaceEntry(byte[] docx, string name, Func<string, string> change)
    {
        using var buffer = new MemoryStream();
        buffer.Write(docx);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(name)!;
            string text;
            using (var reader = new StreamReader(entry.Open()))
            {
                text = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(change(text));
        }

        return buffer.ToArray();
    }
}
