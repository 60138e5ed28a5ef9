using PetitionKit.Tests.Model;

namespace PetitionKit.Tests.Cli;

/// <summary>Values that once ended <c>validate</c> with an internal error (exit 3) are errors at their paths (exit 1),
/// printed with the delay analysis, which treats them as absent.</summary>
public sealed class ValidateRangeCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task Validate_PostedMonthsOf1e28AndAFilingDateOf9999_ExitsOneWithEveryErrorAndTheAnalysis()
    {
        var complete = SamplePetitions.Complete();
        var petition = PetitionFiles.Write(_cli, "huge.json", complete with
        {
            ProcessingTime = complete.ProcessingTime! with { PostedMonths = 1e28m },
            Application = complete.Application with { FilingDate = DateOnly.MaxValue },
            Relief = complete.Relief with { DecideWithinDays = -5 },
        });

        var result = await _cli.RunAsync("validate", "-p", petition, "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(1, result.ToString());
        result.ErrorLines.Should().Contain(
            "application.filing_date: error PK1024: The date 9999-12-31 is outside the dates PetitionKit accepts (1900-01-01 through 2199-12-31); check the year.",
            "processing_time.posted_months: error PK1025: 10000000000000000000000000000 is outside the range this field accepts: expected a number of months more than 0 and at most 600.",
            "relief.decide_within_days: error PK1025: -5 is outside the range this field accepts: expected a whole number of days from 1 to 365.");
        result.OutputLines.Should().Contain("Delay analysis as of 2025-06-02:");
    }

    [Fact]
    public async Task Validate_AsOf9999_12_31_IsAnErrorAtAsOf()
    {
        var petition = PetitionFiles.WriteValid(_cli);

        var result = await _cli.RunAsync("validate", "-p", petition, "--as-of", "9999-12-31");

        result.ExitCode.Should().Be(1, result.ToString());
        result.ErrorLines.Should().Contain(
            "as_of: error PK1024: The as-of date 9999-12-31 is outside the dates PetitionKit accepts (1900-01-01 through 2199-12-31); draft as of the day the draft is made.");
    }

    public void Dispose() => _cli.Dispose();
}
