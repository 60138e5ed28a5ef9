using PetitionKit.Tests.Model;

namespace PetitionKit.Tests.Cli;

public sealed class ValidateFreeTextCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task Validate_DeniedAuthorityAndOutcomeInFreeText_ExitsOneWithEachErrorAndPath()
    {
        var complete = SamplePetitions.Complete();
        var petition = PetitionFiles.Write(_cli, "free-text.json", complete with
        {
            Harms = [complete.Harms[0] with { Description = "Alvarez v. ICE shows the harm." }],
            Duty = complete.Duty with { Description = "to approve the Form I-130" },
        });

        var result = await _cli.RunAsync("validate", "--petition", petition, "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(1);
        result.ErrorLines.Should().Contain(l => l.StartsWith("harms[0].description: error PK1080: ", StringComparison.Ordinal))
            .And.Contain(l => l.StartsWith("duty.description: error PK1050: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_FullSsnInFreeText_WarnsWithThePathAndNeverPrintsTheNumber()
    {
        var complete = SamplePetitions.Complete();
        var petition = PetitionFiles.Write(_cli, "ssn.json", complete with
        {
            Exhibits = [complete.Exhibits[0] with { Title = "Letter quoting SSN 123-45-6789" }, .. complete.Exhibits.Skip(1)],
        });

        var result = await _cli.RunAsync("validate", "--petition", petition, "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(0, result.ToString());
        result.ErrorLines.Should().ContainSingle(l => l.StartsWith("exhibits[0].title: warning PK1150: ", StringComparison.Ordinal));
        result.Error.Should().NotContain("123-45-6789");
    }

    [Fact]
    public async Task Validate_FullSsnInAHarm_TheTracLinesQuoteTheHarmMasked()
    {
        var complete = SamplePetitions.Complete();
        var petition = PetitionFiles.Write(_cli, "ssn-harm.json", complete with
        {
            Harms = [complete.Harms[0] with { Description = "Her employer holds her job open under SSN 123-45-6789 only until June." }],
        });

        var result = await _cli.RunAsync("validate", "--petition", petition, "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutputLines.Should().Contain(l => l.Contains("TRAC", StringComparison.Ordinal) && l.Contains("under SSN XXX-XX-6789 only until June", StringComparison.Ordinal));
        result.ToString().Should().NotContain("123-45-6789");
    }

    public void Dispose() => _cli.Dispose();
}
