using PetitionKit.Tests.Model;
using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.Cli;

/// <summary><c>petitionkit batch --petitions</c>: each petition file validated and drafted as <c>draft</c> drafts one,
/// through its case type's built-in template or the one given by id or file; a bad petition reported under its name
/// while the others are drafted.</summary>
public sealed class BatchPetitionsTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task BatchPetitions_FolderOfPetitions_DraftsEachWithItsCaseTypesTemplateAndReportsTheBadOne()
    {
        PetitionFiles.Write(_cli, "petitions/a-complete.json", SamplePetitions.Complete());
        PetitionFiles.Write(_cli, "petitions/b-naturalization.json", PetitionFiles.Naturalization());
        PetitionFiles.Write(_cli, "petitions/c-unsigned.json", SamplePetitions.Complete() with { Signer = null });

        var result = await _cli.RunAsync("batch", "--petitions", "--data-dir", _cli.Path("petitions"), "--out-dir", _cli.Path("out"), "--jobs", "2", "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(1, result.ToString());
        _cli.Files("out").Should().Equal("out/a-complete.docx", "out/b-naturalization.docx");
        var complete = await File.ReadAllBytesAsync(_cli.Path("out/a-complete.docx"), TestContext.Current.CancellationToken);
        var naturalization = await File.ReadAllBytesAsync(_cli.Path("out/b-naturalization.docx"), TestContext.Current.CancellationToken);
        OpenXmlValidation.ShouldBeValid(complete);
        string.Join("\n", DocxText.DraftParagraphs(complete)).Should().Contain("Maria Lopez").And.NotContain("1985-04-09");
        string.Join("\n", DocxText.DraftParagraphs(naturalization)).Should().Contain("1447(b)");
        result.ErrorLines.Should().Contain("c-unsigned.json:").And.Contain(l => l.Contains("signer: error PK1", StringComparison.Ordinal))
            .And.Contain("1 of 3 petitions failed; no draft was written for them:");
        result.Output.Should().Contain("Drafted 2 of 3 petitions into");
    }

    [Fact]
    public async Task BatchPetitions_BuiltInTemplateId_DraftsEveryPetitionThroughIt()
    {
        PetitionFiles.Write(_cli, "petitions/a.json", SamplePetitions.Complete());

        var result = await _cli.RunAsync("batch", "--petitions", "-t", "uscis-delay", "--data-dir", _cli.Path("petitions"), "--out-dir", _cli.Path("out"), "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(0, result.ToString());
        var docx = await File.ReadAllBytesAsync(_cli.Path("out/a.docx"), TestContext.Current.CancellationToken);
        string.Join("\n", DocxText.DraftParagraphs(docx)).Should().Contain("NORTHERN DISTRICT OF CALIFORNIA");
    }

    public void Dispose() => _cli.Dispose();
}
