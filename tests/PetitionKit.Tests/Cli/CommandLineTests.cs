namespace PetitionKit.Tests.Cli;

public sealed class CommandLineTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Theory]
    [InlineData("render", "--template", "t.docx")]
    [InlineData("render", "-t", "t.docx", "-d", "d.json", "-o", "o.docx", "--as-of", "03/06/2026")]
    [InlineData("batch", "-t", "t.docx", "--data-dir", "d", "--out-dir", "o", "--jobs", "0")]
    [InlineData("frobnicate")]
    [InlineData]
    public async Task Run_BadCommandLine_ExitsTwoWithTheProblemOnStderr(params string[] args)
    {
        var result = await _cli.RunAsync(args);

        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().NotBeEmpty().And.AllSatisfy(l => l.Should().MatchRegex("^(petitionkit: error: |Run 'petitionkit)"));
        result.Output.Should().BeEmpty();
    }

    [Fact]
    public async Task Run_Help_ExitsZeroAndDocumentsExitCodes()
    {
        var result = await _cli.RunAsync("--help");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("Exit codes: 0").And.Contain("4 documents written but no PDF preview").And.Contain("render").And.Contain("check").And.Contain("batch");
    }

    public void Dispose() => _cli.Dispose();
}
