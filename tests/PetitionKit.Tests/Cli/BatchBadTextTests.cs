using System.Text;

namespace PetitionKit.Tests.Cli;

/// <summary>Records whose text is not valid Unicode fail alone: the others are drafted and the summary lists each.</summary>
public sealed class BatchBadTextTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task Batch_InvalidUtf8AndLoneSurrogate_FailThoseRecordsAtTheirPathAndDraftTheRest()
    {
        var template = _cli.Write("petition.docx", CliRun.GoodTemplate());
        _cli.Write("data/a-good.json", """{"petitioner": {"name": "Ana García"}}""");
        _cli.Write("data/b-utf8.json", [.. Encoding.ASCII.GetBytes("{\"petitioner\": {\"name\": \"Ana "), 0xFF, 0xFE, .. Encoding.ASCII.GetBytes("\"}}")]);
        _cli.Write("data/c-surrogate.json", """{"petitioners": [{"name": "ok"}, {"name": "\ud800"}]}""");
        _cli.Write("data/d-good.json", """{"petitioner": {"name": "Li Chen"}}""");

        var result = await _cli.RunAsync("batch", "-t", template, "--data-dir", _cli.Path("data"), "--out-dir", _cli.Path("out"), "--jobs", "2");

        result.ExitCode.Should().Be(1, result.ToString());
        _cli.Files("out").Should().Equal("out/a-good.docx", "out/d-good.docx");
        result.Output.Should().Contain("Drafted 2 of 4 data files");
        result.ErrorLines.Should().Equal(
            "2 of 4 data files failed; no draft was written for them:",
            "b-utf8.json:",
            "petition.docx(¶0,0): error PK3007: The data at $.petitioner.name holds text that is not valid Unicode (invalid UTF-8, or an escape such as \\ud800 that is half of a character). Correct that value in the data and render again.",
            "c-surrogate.json:",
            "petition.docx(¶0,0): error PK3007: The data at $.petitioners[1].name holds text that is not valid Unicode (invalid UTF-8, or an escape such as \\ud800 that is half of a character). Correct that value in the data and render again.");
    }

    [Fact]
    public async Task Render_InvalidUtf8InData_IsPK3007AtThePathWithNoOutput()
    {
        var template = _cli.Write("petition.docx", CliRun.GoodTemplate());
        var data = _cli.Write("data.json", [.. Encoding.ASCII.GetBytes("{\"petitioner\": {\"name\": \"x"), 0xC3, .. Encoding.ASCII.GetBytes("\"}}")]);

        var result = await _cli.RunAsync("render", "-t", template, "--data", data, "--out", _cli.Path("out.docx"));

        result.ExitCode.Should().Be(1, result.ToString());
        result.Error.Should().Contain("error PK3007: The data at $.petitioner.name");
        _cli.Files().Should().Equal("data.json", "petition.docx");
    }

    public void Dispose() => _cli.Dispose();
}
