using System.Text.Json;
using PetitionKit.Tests.Model;
using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.Cli;

public sealed class PacketCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task Packet_ValidPetition_WritesEveryDocumentAndTheManifest()
    {
        var petition = PetitionFiles.WriteValid(_cli);
        var officials = SamplePetitions.Complete().Officials.Count;

        var result = await _cli.RunAsync("packet", "--petition", petition, "--out-dir", _cli.Path("packet"), "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(0, result.ToString());
        var expected = new List<string> { "packet/01-complaint.docx", "packet/02-civil-cover-sheet-worksheet.docx" };
        expected.AddRange(Enumerable.Range(1, officials).Select(i => $"packet/03-summons-{i}.docx"));
        expected.AddRange(["packet/04-service-plan.docx", "packet/05-proposed-order.docx"]);
        if (SamplePetitions.Complete().Exhibits.Count > 0)
        {
            expected.Add("packet/07-exhibit-cover-sheets.docx");
        }

        expected.AddRange(["packet/08-deadlines.docx", "packet/deadlines.ics", "packet/packet.json"]);
        _cli.Files("packet").Should().Equal(expected);
        result.OutputLines[0].Should().StartWith($"Wrote {_cli.Path("packet/01-complaint.docx")}: Complaint; ");
        result.OutputLines[^1].Should().Be($"Wrote {_cli.Path("packet/packet.json")}: the manifest of {expected.Count - 2} documents and their review checklists.");
        foreach (var docx in expected.Where(f => f.EndsWith(".docx", StringComparison.Ordinal)))
        {
            var bytes = await File.ReadAllBytesAsync(_cli.Path(docx), TestContext.Current.CancellationToken);
            OpenXmlValidation.Errors(bytes).Should().BeEmpty(docx);
            DocxText.ChecklistParagraphs(bytes).Should().NotBeEmpty(docx);
        }

        using var manifest = JsonDocument.Parse(await File.ReadAllBytesAsync(_cli.Path("packet/packet.json"), TestContext.Current.CancellationToken));
        var documents = manifest.RootElement.GetProperty("documents").EnumerateArray().ToList();
        documents.Select(d => "packet/" + d.GetProperty("file").GetString()).Should().Equal(expected.SkipLast(2));
        documents.Should().AllSatisfy(d => d.GetProperty("review_checklist").GetArrayLength().Should().BePositive());
        documents.Single(d => string.Equals(d.GetProperty("kind").GetString(), "service_plan", StringComparison.Ordinal))
            .GetProperty("review_checklist").EnumerateArray()
            .Should().Contain(i => i.GetProperty("text").GetString()!.StartsWith("U.S. Attorney's civil-process clerk for the Northern District of California", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Packet_WithVerifications_AddsOneForEachAdultPlaintiff()
    {
        var petition = PetitionFiles.WriteValid(_cli);
        var adults = SamplePetitions.Complete().Petitioners.Count(p => !p.IsMinor && p.Organization is null);

        var result = await _cli.RunAsync("packet", "-p", petition, "-o", _cli.Path("out"), "--verifications", "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(0, result.ToString());
        _cli.Files("out").Count(f => f.StartsWith("out/06-verification-", StringComparison.Ordinal)).Should().Be(adults);
    }

    [Fact]
    public async Task Packet_InvalidPetition_ExitsOneWithEveryErrorAndWritesNothing()
    {
        var petition = PetitionFiles.Write(_cli, "bad.json", SamplePetitions.Complete() with
        {
            Signer = null,
            Application = SamplePetitions.Complete().Application with { FilingDate = new DateOnly(2025, 7, 1) },
        });

        var result = await _cli.RunAsync("packet", "-p", petition, "-o", _cli.Path("packet"), "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(1);
        result.ErrorLines.Should().Contain(l => l.StartsWith("signer: error PK1", StringComparison.Ordinal))
            .And.Contain(l => l.StartsWith("application.filing_date: error PK1", StringComparison.Ordinal));
        result.Output.Should().BeEmpty();
        _cli.Files().Should().Equal("bad.json");
        Directory.Exists(_cli.Path("packet")).Should().BeFalse();
    }

    [Fact]
    public async Task Packet_ComplaintTemplateNotFittingThePetitionModel_ExitsOneAndWritesNoDocument()
    {
        var petition = PetitionFiles.WriteValid(_cli);
        var template = _cli.Write("custom.docx", CliRun.GoodTemplate());

        var result = await _cli.RunAsync("packet", "-p", petition, "-t", template, "-o", _cli.Path("packet"), "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(1);
        result.ErrorLines.Should().ContainSingle().Which.Should().StartWith("custom.docx/word/document.xml(¶2,1): error PK2030: ‘urgent’ is not in the petition model");
        _cli.Files().Should().Equal("custom.docx", "petition.json");
    }

    [Fact]
    public async Task Packet_OutDirIsAFile_ExitsTwoBeforeReadingAnything()
    {
        var file = _cli.Write("taken", "not a folder");

        var result = await _cli.RunAsync("packet", "-p", _cli.Path("missing.json"), "-o", file);

        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().Equal($"petitionkit: error: --out-dir '{file}' is a file, not a folder; choose a folder for the packet.");
        _cli.Files().Should().Equal("taken");
    }

    [Fact]
    public async Task Packet_RunTwice_ReplacesTheFilesWithTheSameBytes()
    {
        var petition = PetitionFiles.WriteValid(_cli);
        await _cli.RunAsync("packet", "-p", petition, "-o", _cli.Path("p"), "--as-of", PetitionFiles.AsOf);
        var first = _cli.Files("p").ToDictionary(f => f, f => File.ReadAllBytes(_cli.Path(f)), StringComparer.Ordinal);

        var result = await _cli.RunAsync("packet", "-p", petition, "-o", _cli.Path("p"), "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(0, result.ToString());
        _cli.Files("p").Should().Equal(first.Keys);
        foreach (var (name, bytes) in first)
        {
            File.ReadAllBytes(_cli.Path(name)).Should().Equal(bytes, name);
        }
    }

    [Fact]
    public async Task Packet_PetitionWithWarnings_PrintsEachWarningOnce()
    {
        var petition = Path.Combine(BuiltInTemplates.BuiltInTemplateRender.RepositoryRoot(), "samples", "petitions", "okafor-family-i485.json");

        var result = await _cli.RunAsync("packet", "-p", petition, "-o", _cli.Path("p"), "--as-of", "2026-06-01");

        result.ExitCode.Should().Be(0, result.ToString());
        result.ErrorLines.Should().Contain(l => l.StartsWith("visa: warning PK1171", StringComparison.Ordinal))
            .And.OnlyHaveUniqueItems("the complaint's report repeats the validation warnings, which are printed once");
    }

    public void Dispose() => _cli.Dispose();
}
