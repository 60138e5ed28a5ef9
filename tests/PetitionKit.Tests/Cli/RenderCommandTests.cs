using System.Text.Json;
using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.Cli;

public sealed class RenderCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task Render_GoodTemplateAndData_WritesValidDraftWithTheValue()
    {
        var template = _cli.Write("petition.docx", CliRun.GoodTemplate());
        var data = _cli.Write("garcia.json", """{"petitioner": {"name": "Ana García"}, "urgent": true}""");
        var output = _cli.Path("out/garcia.docx");

        var result = await _cli.RunAsync("render", "--template", template, "--data", data, "--out", output, "--as-of", "2026-01-15");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Error.Should().BeEmpty();
        result.Output.Should().Contain("as of 2026-01-15").And.Contain("0 missing values");
        var docx = await File.ReadAllBytesAsync(output, TestContext.Current.CancellationToken);
        OpenXmlValidation.ShouldBeValid(docx);
        DocxText.Paragraphs(docx).Should().Contain(["Petitioner Ana García sues.", "This matter is urgent."]);
        _cli.Files().Should().Equal("garcia.json", "out/garcia.docx", "petition.docx");
    }

    [Fact]
    public async Task Render_TemplateWithErrors_ExitsOneWithLocatedErrorsAndNoOutput()
    {
        var template = _cli.Write("broken.docx", CliRun.MissingEndTemplate());
        var data = _cli.Write("data.json", """{"petitioner": {"name": "Ana"}}""");
        var output = _cli.Path("draft.docx");

        var result = await _cli.RunAsync("render", "-t", template, "-d", data, "-o", output);

        result.ExitCode.Should().Be(1);
        result.ErrorLines.Should().ContainSingle()
            .Which.Should().StartWith("broken.docx/word/document.xml(¶2,1): error PK2013:");
        result.Output.Should().BeEmpty();
        _cli.Files().Should().Equal("broken.docx", "data.json");
    }

    [Fact]
    public async Task Render_StrictWithMissingValue_FailsWithPK3001AndLeavesNoFiles()
    {
        var template = _cli.Write("petition.docx", CliRun.GoodTemplate());
        var data = _cli.Write("data.json", """{"petitioner": {}, "urgent": false}""");
        var output = _cli.Path("draft.docx");

        var result = await _cli.RunAsync("render", "-t", template, "-d", data, "-o", output, "--strict", "--report", _cli.Path("report.json"));

        result.ExitCode.Should().Be(1);
        result.ErrorLines.Should().ContainSingle()
            .Which.Should().Match("petition.docx/word/document.xml(¶1,*): error PK3001: *");
        _cli.Files().Should().Equal("data.json", "petition.docx");
    }

    [Fact]
    public async Task Render_LenientWithMissingValue_DraftsPlaceholderAndListsIt()
    {
        var template = _cli.Write("petition.docx", CliRun.GoodTemplate());
        var data = _cli.Write("data.json", """{"petitioner": {}, "urgent": false}""");

        var result = await _cli.RunAsync("render", "-t", template, "-d", data, "-o", _cli.Path("draft.docx"));

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutputLines.Should().Contain(l => l.StartsWith("petition.docx/word/document.xml(¶1,", StringComparison.Ordinal) && l.Contains("missing value 'petitioner.name'", StringComparison.Ordinal));
        File.Exists(_cli.Path("draft.docx")).Should().BeTrue();
    }

    [Fact]
    public async Task Render_WithReport_WritesSnakeCaseJsonWithLocationObjects()
    {
        var template = _cli.Write("petition.docx", CliRun.GoodTemplate());
        var data = _cli.Write("data.json", """{"petitioner": {"a_number": "A-123"}, "urgent": true}""");
        var reportPath = _cli.Path("report.json");

        var result = await _cli.RunAsync("render", "-t", template, "-d", data, "-o", _cli.Path("draft.docx"), "--report", reportPath, "--as-of", "2026-02-01");

        result.ExitCode.Should().Be(0, result.ToString());
        var text = await File.ReadAllTextAsync(reportPath, TestContext.Current.CancellationToken);
        using var report = JsonDocument.Parse(text);
        var root = report.RootElement;
        root.GetProperty("template_name").GetString().Should().Be("petition.docx");
        root.GetProperty("template_hash").GetString().Should().MatchRegex("^[0-9a-f]{64}$");
        root.GetProperty("as_of").GetString().Should().Be("2026-02-01");
        var missing = root.GetProperty("missing_values").EnumerateArray().Should().ContainSingle().Subject;
        missing.GetProperty("name").GetString().Should().Be("petitioner.name");
        var location = missing.GetProperty("location");
        location.GetProperty("template_name").GetString().Should().Be("petition.docx");
        location.GetProperty("part_uri").GetString().Should().Be("/word/document.xml");
        location.GetProperty("part_description").GetString().Should().Be("body");
        location.GetProperty("paragraph").GetInt32().Should().Be(1);
        location.GetProperty("text").GetString().Should().StartWith("petition.docx/word/document.xml(¶1,");
        root.GetProperty("alterations").GetArrayLength().Should().Be(0);
        root.GetProperty("review_items").GetArrayLength().Should().Be(0);
        root.GetProperty("warnings").GetArrayLength().Should().Be(0);
        text.Should().Contain("\n  \"").And.Contain("¶", "the report is indented and readable, not \\u-escaped");
    }

    [Fact]
    public async Task Render_WithReport_WritesWarningsAndAlterationsWithSeverityWords()
    {
        var template = _cli.Write("tracked.docx", CliRun.TrackedChangeTemplate());
        var data = _cli.Write("data.json", """{"petitioner": {"name": "Ana\u0001 García"}}""");
        var reportPath = _cli.Path("report.json");

        var result = await _cli.RunAsync("render", "-t", template, "-d", data, "-o", _cli.Path("draft.docx"), "--report", reportPath);

        result.ExitCode.Should().Be(0, result.ToString());
        result.ErrorLines.Should().ContainSingle().Which.Should().StartWith("tracked.docx/word/document.xml(¶0,0): warning PK2019:");
        result.OutputLines.Should().Contain(l => l.Contains("changed value 'petitioner.name'", StringComparison.Ordinal));
        using var report = JsonDocument.Parse(await File.ReadAllBytesAsync(reportPath, TestContext.Current.CancellationToken));
        var warning = report.RootElement.GetProperty("warnings").EnumerateArray().Should().ContainSingle().Subject;
        warning.GetProperty("code").GetString().Should().Be("PK2019");
        warning.GetProperty("severity").GetString().Should().Be("warning");
        warning.GetProperty("location").GetProperty("part_description").GetString().Should().Be("body");
        var alteration = report.RootElement.GetProperty("alterations").EnumerateArray().Should().ContainSingle().Subject;
        alteration.GetProperty("name").GetString().Should().Be("petitioner.name");
        alteration.GetProperty("location").GetProperty("paragraph").GetInt32().Should().Be(1);
        alteration.GetProperty("description").GetString().Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Render_WithoutAsOf_TakesTheDateFromTheClockInUtc()
    {
        var template = _cli.Write("petition.docx", CliRun.GoodTemplate());
        var data = _cli.Write("data.json", """{"petitioner": {"name": "Ana"}}""");
        var reportPath = _cli.Path("report.json");

        var result = await _cli.RunAsync("render", "-t", template, "-d", data, "-o", _cli.Path("draft.docx"), "--report", reportPath);

        result.ExitCode.Should().Be(0, result.ToString());
        using var report = JsonDocument.Parse(await File.ReadAllBytesAsync(reportPath, TestContext.Current.CancellationToken));
        report.RootElement.GetProperty("as_of").GetString().Should().Be("2026-06-03");
    }

    [Fact]
    public async Task Render_MissingFiles_ReportsBothAndExitsOne()
    {
        var result = await _cli.RunAsync("render", "-t", _cli.Path("nope.docx"), "-d", _cli.Path("nope.json"), "-o", _cli.Path("draft.docx"));

        result.ExitCode.Should().Be(1);
        result.ErrorLines.Should().Equal(
            $"{_cli.Path("nope.docx")}: error: the file does not exist.",
            $"{_cli.Path("nope.json")}: error: the file does not exist.");
        _cli.Files().Should().BeEmpty();
    }

    [Fact]
    public async Task Render_InvalidJson_ReportsLineAndPosition()
    {
        var template = _cli.Write("petition.docx", CliRun.GoodTemplate());
        var data = _cli.Write("data.json", "{\n  \"petitioner\": {\"name\": \"Ana\"\n  \"urgent\": true\n}");

        var result = await _cli.RunAsync("render", "-t", template, "-d", data, "-o", _cli.Path("draft.docx"));

        result.ExitCode.Should().Be(1);
        result.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"{data}(3,3): error: invalid JSON:");
        File.Exists(_cli.Path("draft.docx")).Should().BeFalse();
    }

    [Theory]
    [InlineData("[1, 2]", "an array")]
    [InlineData("\"Ana\"", "a string")]
    [InlineData("null", "null")]
    public async Task Render_DataNotAnObject_SaysWhatItIs(string json, string kind)
    {
        var template = _cli.Write("petition.docx", CliRun.GoodTemplate());
        var data = _cli.Write("data.json", json);

        var result = await _cli.RunAsync("render", "-t", template, "-d", data, "-o", _cli.Path("draft.docx"));

        result.ExitCode.Should().Be(1);
        result.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"{data}: error: the data must be a JSON object").And.EndWith($"not {kind}.");
    }

    [Fact]
    public async Task Render_DataWithBomCommentsAndTrailingComma_IsRead()
    {
        var template = _cli.Write("petition.docx", CliRun.GoodTemplate());
        var data = _cli.Write("data.json", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("{ // hand-edited\n\"petitioner\": {\"name\": \"Ana\"},\n}")]);

        var result = await _cli.RunAsync("render", "-t", template, "-d", data, "-o", _cli.Path("draft.docx"));

        result.ExitCode.Should().Be(0, result.ToString());
    }

    [Fact]
    public async Task Render_OutputOverTheTemplate_IsAUsageError()
    {
        var template = _cli.Write("petition.docx", CliRun.GoodTemplate());
        var before = await File.ReadAllBytesAsync(template, TestContext.Current.CancellationToken);
        var data = _cli.Write("data.json", "{}");

        var result = await _cli.RunAsync("render", "-t", template, "-d", data, "-o", template);

        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().Equal($"petitionkit: error: --out '{template}' would overwrite the input --template '{template}'; choose another name.");
        (await File.ReadAllBytesAsync(template, TestContext.Current.CancellationToken)).Should().Equal(before);
    }

    [Fact]
    public async Task Render_ReportOverTheDraft_IsAUsageErrorAndWritesNothing()
    {
        var template = _cli.Write("petition.docx", CliRun.GoodTemplate());
        var data = _cli.Write("data.json", "{}");
        var output = _cli.Path("out.docx");

        var result = await _cli.RunAsync("render", "-t", template, "-d", data, "-o", output, "--report", output);

        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().Equal($"petitionkit: error: --report '{output}' would overwrite --out '{output}'; choose another name.");
        _cli.Files().Should().Equal("data.json", "petition.docx");
    }

    [Fact]
    public async Task Render_FailureOverAnExistingDraft_LeavesTheOldDraftUntouched()
    {
        var template = _cli.Write("petition.docx", CliRun.GoodTemplate());
        var data = _cli.Write("data.json", """{"petitioner": {}}""");
        var output = _cli.Write("draft.docx", "earlier draft");

        var result = await _cli.RunAsync("render", "-t", template, "-d", data, "-o", output, "--strict");

        result.ExitCode.Should().Be(1);
        (await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken)).Should().Be("earlier draft");
        _cli.Files().Should().Equal("data.json", "draft.docx", "petition.docx");
    }

    public void Dispose() => _cli.Dispose();
}
