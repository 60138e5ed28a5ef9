using System.Runtime.CompilerServices;
using System.Text.Json;
using BuiltIns = PetitionKit.Templates.BuiltInTemplates;

namespace PetitionKit.Tests.Cli;

/// <summary><c>templates export</c>: a built-in template's own Word file and outline, ready to be a firm's template.</summary>
public sealed class TemplatesExportTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task Export_WritesTheShippedWordFileAndOutline_WhichCheckAgainstThePetitionModel()
    {
        var folder = _cli.Path("mine");

        var result = await _cli.RunAsync("templates", "export", "uscis-delay", folder);

        result.ExitCode.Should().Be(0, result.ToString());
        _cli.Files().Should().Equal("mine/uscis-delay.docx", "mine/uscis-delay.outline.txt");
        File.ReadAllBytes(_cli.Path("mine/uscis-delay.docx")).Should().Equal(File.ReadAllBytes(Repository("templates/uscis-delay/template.docx")));
        File.ReadAllText(_cli.Path("mine/uscis-delay.outline.txt")).Should().Be(File.ReadAllText(Repository("templates/uscis-delay/outline.txt")));
        result.OutputLines[0].Should().StartWith($"Wrote {Path.Combine(folder, "uscis-delay.docx")}: the built-in template 'uscis-delay', to edit in Word;");

        var check = await _cli.RunAsync("check", "-t", _cli.Path("mine/uscis-delay.docx"), "--petition-model");
        check.ExitCode.Should().Be(0, check.ToString());
    }

    [Fact]
    public async Task Export_EveryBuiltInTemplate_MatchesItsRepositoryFiles()
    {
        foreach (var id in BuiltIns.All)
        {
            using var stream = BuiltIns.OpenTemplateFile(id);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, TestContext.Current.CancellationToken);
            copy.ToArray().Should().Equal(File.ReadAllBytes(Repository($"templates/{id}/template.docx")), id);
            BuiltIns.GetOutline(id).Should().Be(File.ReadAllText(Repository($"templates/{id}/outline.txt")), id);
        }
    }

    [Fact]
    public async Task Export_UnknownId_ExitsTwoNamingTheIdsAndWritesNothing()
    {
        var result = await _cli.RunAsync("templates", "export", "uscis", _cli.Path("mine"));

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("petitionkit: error: there is no built-in template 'uscis'; the built-in templates are consular-delay, foia, naturalization-1447b, uscis-delay.");
        Directory.Exists(_cli.Path("mine")).Should().BeFalse();
        FluentActions.Invoking(() => BuiltIns.GetOutline("uscis")).Should().Throw<ArgumentException>().WithMessage("*the built-in templates are consular-delay, foia*");
    }

    [Fact]
    public async Task Export_WithJson_AnswersThePathsWritten()
    {
        var result = await _cli.RunAsync("templates", "export", "foia", _cli.Folder, "--json");

        result.ExitCode.Should().Be(0, result.ToString());
        using var document = JsonDocument.Parse(result.Output);
        document.RootElement.GetProperty("command").GetString().Should().Be("templates export");
        document.RootElement.GetProperty("result").GetProperty("template").GetString().Should().Be(Path.Combine(_cli.Folder, "foia.docx"));
        document.RootElement.GetProperty("result").GetProperty("outline").GetString().Should().Be(Path.Combine(_cli.Folder, "foia.outline.txt"));
    }

    public void Dispose() => _cli.Dispose();

    private static string Repository(string relative, [CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", relative));
}
