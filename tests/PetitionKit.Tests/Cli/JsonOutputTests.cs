using System.Text.Json;
using PetitionKit.Tests.Model;

namespace PetitionKit.Tests.Cli;

/// <summary><c>--json</c>: stdout is exactly one JSON document of the documented shape, whatever the outcome, and the
/// exit code is the one the command returns without it.</summary>
public sealed class JsonOutputTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task Validate_ValidPetition_AnswersTheCountsAndTheDelayAnalysis()
    {
        var petition = PetitionFiles.WriteValid(_cli);

        var result = await _cli.RunAsync("validate", "--petition", petition, "--as-of", PetitionFiles.AsOf, "--json");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Error.Should().BeEmpty();
        var root = Parse(result);
        Header(root, "validate", 0).Should().BeTrue();
        root.GetProperty("diagnostics").GetArrayLength().Should().Be(0);
        var answer = root.GetProperty("result");
        answer.GetProperty("petition").GetString().Should().Be(petition);
        answer.GetProperty("as_of").GetString().Should().Be("2025-06-02");
        answer.GetProperty("can_draft").GetBoolean().Should().BeTrue();
        var analysis = answer.GetProperty("analysis");
        analysis.GetProperty("trigger").GetString().Should().Be("filing_date");
        analysis.GetProperty("trigger_date").GetString().Should().Be("2022-03-01");
        analysis.GetProperty("days_pending").GetInt32().Should().Be(1189);
        analysis.GetProperty("days_past_posted_time").GetInt32().Should().Be(747);
        analysis.GetProperty("statutory_clocks").EnumerateArray().Select(c => c.GetProperty("authority_id").GetString()).Should().Contain("8-usc-1571-b");
        analysis.GetProperty("trac").EnumerateArray().Select(f => f.GetProperty("number").GetInt32()).Should().Equal(1, 2, 3, 4, 5, 6);
        analysis.GetProperty("trac")[2].GetProperty("facts").EnumerateArray()
            .Should().Contain(f => string.Equals(f.GetProperty("text").GetString(), "The couple has lived apart for three years.", StringComparison.Ordinal) && string.Equals(f.GetProperty("path").GetString(), "harms[0]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_FoiaPetition_AnswersTheWorkingDayCount()
    {
        var petition = Path.Combine(BuiltInTemplates.BuiltInTemplateRender.RepositoryRoot(), "samples", "petitions", "piedmont-foia-287g-organization.json");

        var result = await _cli.RunAsync("validate", "--petition", petition, "--as-of", "2026-06-01", "--json");

        result.ExitCode.Should().Be(0, result.ToString());
        var foia = Parse(result).GetProperty("result").GetProperty("analysis").GetProperty("foia");
        foia.GetProperty("start_date").GetString().Should().Be("2026-01-12");
        foia.GetProperty("start_basis").GetString().Should().Be("component_receipt");
        foia.GetProperty("working_days").GetInt32().Should().Be(20);
        foia.GetProperty("ends_on").GetString().Should().Be("2026-02-10");
        foia.GetProperty("days_past").GetInt32().Should().Be(111);
        foia.GetProperty("holidays_skipped").EnumerateArray().Select(h => h.GetProperty("date").GetString()).Should().Equal("2026-01-19");
        foia.GetProperty("inauguration_day").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Validate_PetitionWithErrors_ListsEachErrorWithCodeAndPathAndStillWritesThemToStderr()
    {
        var petition = PetitionFiles.Write(_cli, "bad.json", SamplePetitions.Complete() with { Signer = null });

        var result = await _cli.RunAsync("validate", "-p", petition, "--as-of", PetitionFiles.AsOf, "--json");

        result.ExitCode.Should().Be(1, result.ToString());
        var root = Parse(result);
        Header(root, "validate", 1).Should().BeFalse();
        var signer = root.GetProperty("diagnostics").EnumerateArray().Single(d => string.Equals(d.GetProperty("where").GetString(), "signer", StringComparison.Ordinal));
        signer.GetProperty("severity").GetString().Should().Be("error");
        signer.GetProperty("code").GetString().Should().MatchRegex("^PK1[0-9]{3}$");
        result.ErrorLines.Should().Contain(signer.GetProperty("text").GetString());
        root.GetProperty("errors").GetInt32().Should().Be(result.ErrorLines.Count(l => l.Contains(": error ", StringComparison.Ordinal)));
        root.GetProperty("result").GetProperty("can_draft").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task Validate_PetitionFileWithAJsonProblem_NamesTheFileAndPathInWhere()
    {
        var petition = _cli.Write("typo.json", """{ "case_type": "i130_immediate_relative", "courtt": {} }""");

        var result = await _cli.RunAsync("validate", "-p", petition, "--json");

        result.ExitCode.Should().Be(1, result.ToString());
        var root = Parse(result);
        root.GetProperty("result").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("diagnostics").EnumerateArray().Should().Contain(d =>
            string.Equals(d.GetProperty("where").GetString(), $"{petition}: courtt", StringComparison.Ordinal) && d.GetProperty("code").GetString()!.StartsWith("PK1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Templates_ListsEveryBuiltInTemplateWithTheCaseTypesItDrafts()
    {
        var result = await _cli.RunAsync("templates", "--json");

        result.ExitCode.Should().Be(0, result.ToString());
        var answer = Parse(result).GetProperty("result");
        answer.GetProperty("templates").EnumerateArray().Select(t => t.GetProperty("id").GetString()).Should().Equal(PetitionKit.Templates.BuiltInTemplates.All);
        answer.GetProperty("templates").EnumerateArray().Single(t => string.Equals(t.GetProperty("id").GetString(), PetitionKit.Templates.BuiltInTemplates.UscisDelay, StringComparison.Ordinal))
            .GetProperty("default_for").EnumerateArray().Select(c => c.GetString()).Should().Contain("i130_petition_for_alien_relative");
        answer.GetProperty("not_drafted").EnumerateArray().Select(c => c.GetString()).Should().Contain("civil_rights_complaint");
    }

    [Fact]
    public async Task Check_GoodTemplate_ListsEveryTagWithItsLocationKindAndScope()
    {
        var template = _cli.Write("t.docx", CliRun.GoodTemplate());

        var result = await _cli.RunAsync("check", "-t", template, "--json");

        result.ExitCode.Should().Be(0, result.ToString());
        var tags = Parse(result).GetProperty("result").GetProperty("tags").EnumerateArray().ToList();
        tags.Select(t => t.GetProperty("kind").GetString()).Should().Equal("value", "block", "end");
        tags[0].GetProperty("text").GetString().Should().Be("{{ petitioner.name }}");
        tags[0].GetProperty("location").GetProperty("paragraph").GetInt32().Should().Be(1);
        tags[1].GetProperty("scope").GetString().Should().Be("paragraphs");
    }

    [Fact]
    public async Task Check_TemplateWithErrors_ExitsOneWithTheCodeAndStillListsTheTags()
    {
        var template = _cli.Write("t.docx", CliRun.MissingEndTemplate());

        var result = await _cli.RunAsync("check", "-t", template, "--json");

        result.ExitCode.Should().Be(1, result.ToString());
        var root = Parse(result);
        root.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()).Should().Contain("PK2013");
        root.GetProperty("result").GetProperty("tags").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Draft_ValidPetition_AnswersThePathsAndTheRenderReport()
    {
        var petition = PetitionFiles.WriteValid(_cli);
        var output = _cli.Path("lopez.docx");

        var result = await _cli.RunAsync("draft", "-p", petition, "-o", output, "--as-of", PetitionFiles.AsOf, "--json");

        result.ExitCode.Should().Be(0, result.ToString());
        var answer = Parse(result).GetProperty("result");
        answer.GetProperty("draft").GetString().Should().Be(output);
        answer.GetProperty("report").ValueKind.Should().Be(JsonValueKind.Null);
        File.Exists(output).Should().BeTrue();
        var report = answer.GetProperty("render_report");
        report.GetProperty("as_of").GetString().Should().Be("2025-06-02");
        report.GetProperty("checklist").EnumerateArray().Select(i => i.GetProperty("category").GetString()).Should().Contain("citation");
    }

    [Fact]
    public async Task Draft_RefusedPetition_AnswersNullResultAndWritesNoFile()
    {
        var petition = PetitionFiles.Write(_cli, "bad.json", SamplePetitions.Complete() with { Signer = null });

        var result = await _cli.RunAsync("draft", "-p", petition, "-o", _cli.Path("d.docx"), "--as-of", PetitionFiles.AsOf, "--json");

        result.ExitCode.Should().Be(1, result.ToString());
        var root = Parse(result);
        root.GetProperty("result").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("diagnostics").EnumerateArray().Should().Contain(d => string.Equals(d.GetProperty("where").GetString(), "signer", StringComparison.Ordinal));
        _cli.Files().Should().Equal("bad.json");
    }

    [Fact]
    public async Task Draft_OutputThatWouldOverwriteTheInput_ExitsTwoWithTheUsageErrorInJson()
    {
        var petition = PetitionFiles.WriteValid(_cli);

        var result = await _cli.RunAsync("draft", "-p", petition, "-o", petition, "--json");

        result.ExitCode.Should().Be(2, result.ToString());
        var diagnostic = Parse(result).GetProperty("diagnostics").EnumerateArray().Single();
        diagnostic.GetProperty("where").GetString().Should().Be("petitionkit");
        diagnostic.GetProperty("message").GetString().Should().Contain("would overwrite");
    }

    [Fact]
    public async Task MissingRequiredOption_ExitsTwoWithEveryUsageErrorInJson()
    {
        var result = await _cli.RunAsync("draft", "--json");

        result.ExitCode.Should().Be(2, result.ToString());
        var root = Parse(result);
        Header(root, "draft", 2).Should().BeFalse();
        root.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("message").GetString())
            .Should().Contain(m => m!.Contains("--petition", StringComparison.Ordinal))
            .And.Contain(m => m!.Contains("--out", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Packet_ValidPetition_ListsEveryFileWrittenAndTheManifest()
    {
        var petition = PetitionFiles.WriteValid(_cli);
        var folder = _cli.Path("packet");

        var result = await _cli.RunAsync("packet", "-p", petition, "-o", folder, "--as-of", PetitionFiles.AsOf, "--json");

        result.ExitCode.Should().Be(0, result.ToString());
        var answer = Parse(result).GetProperty("result");
        var files = answer.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).ToList();
        files.Should().Contain(System.IO.Path.Combine(folder, "01-complaint.docx")).And.Contain(System.IO.Path.Combine(folder, "packet.json"));
        files.Should().OnlyContain(f => File.Exists(f));
        answer.GetProperty("packet").GetProperty("documents")[0].GetProperty("file").GetString().Should().Be("01-complaint.docx");
        JsonSerializer.Serialize(answer.GetProperty("packet")).Should().Be(JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(folder, "packet.json"))).RootElement));
    }

    public void Dispose() => _cli.Dispose();

    /// <summary>Parses stdout, which must be one JSON document and nothing else.</summary>
    private static JsonElement Parse(CliResult result)
    {
        using var document = JsonDocument.Parse(result.Output);
        result.Output.Should().EndWith("}\n");
        return document.RootElement.Clone();
    }

    /// <summary>Checks the members every document starts with and returns <c>ok</c>.</summary>
    private static bool Header(JsonElement root, string command, int exitCode)
    {
        root.EnumerateObject().Select(p => p.Name).Should().Equal("format", "command", "exit_code", "ok", "errors", "warnings", "diagnostics", "result");
        root.GetProperty("format").GetInt32().Should().Be(1);
        root.GetProperty("command").GetString().Should().Be(command);
        root.GetProperty("exit_code").GetInt32().Should().Be(exitCode);
        return root.GetProperty("ok").GetBoolean();
    }
}
