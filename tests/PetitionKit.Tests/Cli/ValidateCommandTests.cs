using PetitionKit.Model;
using PetitionKit.Tests.Model;

namespace PetitionKit.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task Validate_ValidPetition_ExitsZeroAndPrintsTheDelayAnalysis()
    {
        var petition = PetitionFiles.WriteValid(_cli);

        var result = await _cli.RunAsync("validate", "--petition", petition, "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Error.Should().BeEmpty();
        result.OutputLines.Should().ContainInOrder(
            $"{petition}: 0 errors, 0 warnings; the petition can be drafted.",
            "Delay analysis as of 2025-06-02:",
            "trigger: the filing date, 2022-03-01",
            "pending: 1,189 days (three years, three months, and one day)",
            "posted processing time: ran out on 2023-05-17; 747 days past it");
        result.OutputLines.Should().Contain(l => l.StartsWith("clock: ", StringComparison.Ordinal) && l.Contains("(8-usc-1571-b): the 180-day period (an expectation, not a deadline) from March 1, 2022 ended on August 28, 2022, 1,009 days ago", StringComparison.Ordinal));
        result.OutputLines.Should().Contain("TRAC 3 (human health and welfare): The couple has lived apart for three years. [harms[0]]");
        result.OutputLines.Should().Contain(l => l.StartsWith("TRAC 4 (higher or competing priorities): The posted processing time, checked on May 30, 2025, was 14.5 months; the case is 747 days past it.", StringComparison.Ordinal));
        result.OutputLines.Where(l => l.StartsWith("TRAC ", StringComparison.Ordinal)).Select(l => l[..6]).Distinct(StringComparer.Ordinal)
            .Should().Equal("TRAC 1", "TRAC 2", "TRAC 3", "TRAC 4", "TRAC 5", "TRAC 6");
    }

    [Fact]
    public async Task Validate_NaturalizationCase_CountsFromTheInterviewAndSaysItIsRipe()
    {
        var petition = PetitionFiles.Write(_cli, "n400.json", PetitionFiles.Naturalization());

        var result = await _cli.RunAsync("validate", "-p", petition, "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutputLines.Should().Contain("trigger: the interview, 2024-10-01")
            .And.Contain("§ 1447(b): interview 2024-10-01, 244 days since; the 120-day period ended 2025-01-29; ripe since 2025-01-30");
    }

    [Fact]
    public async Task Validate_PetitionWithErrors_ExitsOneAndPrintsEveryErrorWithItsPath()
    {
        var petition = PetitionFiles.Write(_cli, "bad.json", SamplePetitions.Complete() with
        {
            Signer = null,
            Application = SamplePetitions.Complete().Application with { FilingDate = new DateOnly(2025, 7, 1) },
        });

        var result = await _cli.RunAsync("validate", "-p", petition, "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(1, result.ToString());
        result.ErrorLines.Should().Contain(l => l.StartsWith("signer: error PK1", StringComparison.Ordinal));
        result.ErrorLines.Should().Contain(l => l.StartsWith("application.filing_date: error PK1", StringComparison.Ordinal));
        result.OutputLines[0].Should().MatchRegex(@": [2-9]\d* errors, \d+ warnings?; the petition cannot be drafted until the errors are fixed\.$");
        result.OutputLines.Should().Contain("Delay analysis as of 2025-06-02:");
    }

    [Fact]
    public async Task Validate_CivilRightsComplaint_SaysMandamusDoesNotFitAndNamesTheFoiaRoute()
    {
        var petition = PetitionFiles.Write(_cli, "crcl.json", SamplePetitions.Complete() with { CaseType = CaseType.CivilRightsComplaint });

        var result = await _cli.RunAsync("validate", "-p", petition, "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(1);
        result.ErrorLines.Should().Contain(l => l.StartsWith("case_type: error PK1100: Mandamus does not fit", StringComparison.Ordinal)
            && l.Contains("FOIA", StringComparison.Ordinal) && l.Contains("foia_records", StringComparison.Ordinal));
        result.OutputLines.Should().Contain(l => l.StartsWith("Delay analysis: none for a ", StringComparison.Ordinal));
        result.OutputLines.Should().NotContain(l => l.StartsWith("TRAC", StringComparison.Ordinal) || l.StartsWith("pending", StringComparison.Ordinal) || l.StartsWith("clock", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_FoiaRequest_PrintsItsClockButNoTracFactorsOrProcessingTime()
    {
        var complete = SamplePetitions.Complete();
        var petition = PetitionFiles.Write(_cli, "foia.json", complete with
        {
            CaseType = CaseType.FoiaRecords,
            Claims = [Claim.Foia],
            ProcessingTime = null,
            Application = complete.Application with { Form = "FOIA request", ReceiptNumber = null },
        });

        var result = await _cli.RunAsync("validate", "-p", petition, "--as-of", PetitionFiles.AsOf);

        result.OutputLines.Should().Contain("Delay analysis as of 2025-06-02:");
        result.OutputLines.Should().Contain(l => l.StartsWith("clock: ", StringComparison.Ordinal) && l.Contains("5-usc-552-a-6-a-i", StringComparison.Ordinal));
        result.OutputLines.Should().NotContain(l => l.StartsWith("TRAC", StringComparison.Ordinal) || l.StartsWith("posted processing time", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_MalformedPetitionJson_ExitsOneWithTheJsonPath()
    {
        var petition = _cli.Write("typo.json", """{"case_type": "i130_petition_for_alien_relative", "courtt": {}}""");

        var result = await _cli.RunAsync("validate", "-p", petition);

        result.ExitCode.Should().Be(1);
        // The misspelt name is unknown, and the properties the file lacks are each reported with it, all at once.
        result.ErrorLines[0].Should().StartWith($"{petition}: courtt: error PK1002:");
        result.ErrorLines.Should().Contain($"{petition}: court: error PK1003: 'court' is required; add it.")
            .And.HaveCount(5);
        result.Output.Should().BeEmpty();
    }

    [Fact]
    public async Task Validate_MissingFile_ExitsOne()
    {
        var result = await _cli.RunAsync("validate", "-p", _cli.Path("nope.json"));

        result.ExitCode.Should().Be(1);
        result.ErrorLines.Should().Equal($"{_cli.Path("nope.json")}: error: the file does not exist.");
    }

    [Fact]
    public async Task Validate_WithoutAsOf_CountsToTheClocksUtcDate()
    {
        var petition = PetitionFiles.WriteValid(_cli);

        var result = await _cli.RunAsync("validate", "-p", petition);

        result.OutputLines.Should().Contain("Delay analysis as of 2026-06-03:");
    }

    [Fact]
    public async Task Validate_FileWithFourShapeErrors_PrintsAllFourWithTheirPaths()
    {
        var petition = _cli.Write("four-errors.json", File.ReadAllText(Json.PetitionJsonTests.FourShapeErrorsFile));

        var result = await _cli.RunAsync("validate", "-p", petition, "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(1, result.ToString());
        result.ErrorLines.Should().Contain(l => l.StartsWith($"{petition}: petitioners[0].is_minor: error PK1001:", StringComparison.Ordinal))
            .And.Contain(l => l.StartsWith($"{petition}: petitioners[0].nickname: error PK1002:", StringComparison.Ordinal))
            .And.Contain(l => l.StartsWith($"{petition}: application.filing_date: error PK1001:", StringComparison.Ordinal))
            .And.Contain(l => l.StartsWith($"{petition}: processing_time.posted_months: error PK1001:", StringComparison.Ordinal));
        _cli.Files().Should().NotContain("draft.docx");
    }

    public void Dispose() => _cli.Dispose();
}
