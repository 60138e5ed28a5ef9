namespace PetitionKit.Tests.Cli;

public sealed class TemplatesCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task Templates_ListsTheFourBuiltInTemplatesWithTheirCaseTypes()
    {
        var result = await _cli.RunAsync("templates");

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutputLines.Where(l => !l.StartsWith("default for:", StringComparison.Ordinal) && !l.StartsWith("Not drafted", StringComparison.Ordinal))
            .Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)])
            .Should().Equal("consular-delay", "foia", "naturalization-1447b", "uscis-delay");
        result.OutputLines.Should().Contain("default for: n400_post_interview1447b")
            .And.Contain("default for: foia_records")
            .And.Contain(l => l.StartsWith("default for: i485_adjustment_of_status, i130_petition_for_alien_relative", StringComparison.Ordinal));
        result.OutputLines[^1].Should().StartWith("Not drafted as mandamus: civil_rights_complaint");
    }

    [Fact]
    public async Task Help_ListsThePetitionCommands()
    {
        var result = await _cli.RunAsync("--help");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("validate").And.Contain("draft").And.Contain("templates");
    }

    public void Dispose() => _cli.Dispose();
}
