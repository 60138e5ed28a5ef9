using System.Text.Json;
using PetitionKit.Model;
using PetitionKit.Tests.Model;
using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.Cli;

public sealed class DraftCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task Draft_ValidPetitionWithDefaultTemplate_WritesValidUscisDraftWithPrivacyApplied()
    {
        var petition = PetitionFiles.WriteValid(_cli);
        var output = _cli.Path("out/lopez.docx");

        var result = await _cli.RunAsync("draft", "--petition", petition, "--out", output, "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutputLines[0].Should().StartWith($"Wrote {output}: an attorney-review draft as of 2025-06-02;");
        result.OutputLines[^1].Should().MatchRegex(@"^Review checklist \(in the draft's last section\): \d+ items: .*citation \d+.*\.$");
        var docx = await File.ReadAllBytesAsync(output, TestContext.Current.CancellationToken);
        OpenXmlValidation.ShouldBeValid(docx);
        var text = string.Join("\n", DocxText.DraftParagraphs(docx));
        text.Should().Contain("NORTHERN DISTRICT OF CALIFORNIA").And.Contain("Maria Lopez").And.Contain("1361");
        text.Should().NotContain("1985-04-09").And.NotContain("12345678");
        DocxText.ChecklistParagraphs(docx).Should().NotBeEmpty();
        _cli.Files().Should().Equal("out/lopez.docx", "petition.json");
    }

    [Fact]
    public async Task Draft_WithChecklistAndReport_WritesThreeFilesAndCountsTheChecklistByCategory()
    {
        var petition = PetitionFiles.WriteValid(_cli);

        var result = await _cli.RunAsync(
            "draft", "-p", petition, "-t", "uscis-delay", "-o", _cli.Path("draft.docx"),
            "--checklist", _cli.Path("checklist.docx"), "--report", _cli.Path("report.json"), "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(0, result.ToString());
        _cli.Files().Should().Equal("checklist.docx", "draft.docx", "petition.json", "report.json");
        using var report = JsonDocument.Parse(await File.ReadAllBytesAsync(_cli.Path("report.json"), TestContext.Current.CancellationToken));
        var items = report.RootElement.GetProperty("checklist").EnumerateArray().ToList();
        var citations = items.Count(i => string.Equals(i.GetProperty("category").GetString(), "citation", StringComparison.Ordinal));
        citations.Should().BePositive();
        result.OutputLines[^1].Should().StartWith($"Review checklist (written to {_cli.Path("checklist.docx")}): {items.Count} items: ")
            .And.Contain($"citation {citations}");
        var checklist = await File.ReadAllBytesAsync(_cli.Path("checklist.docx"), TestContext.Current.CancellationToken);
        OpenXmlValidation.ShouldBeValid(checklist);
        DocxText.Body(checklist).Should().Contain("Verify 28\u00A0U.S.C.\u00A0§\u00A01361", "a checklist line keeps a citation whole, as the draft does");
        var draft = await File.ReadAllBytesAsync(_cli.Path("draft.docx"), TestContext.Current.CancellationToken);
        OpenXmlValidation.ShouldBeValid(draft);
        DocxText.Body(draft).Should().NotContain("Verify 28\u00A0U.S.C.\u00A0§\u00A01361", "the checklist was moved to its own document");
    }

    [Fact]
    public async Task Draft_PetitionWithWarnings_PrintsEachOnceAndReportsThemWithTheirPaths()
    {
        var petition = Path.Combine(BuiltInTemplates.BuiltInTemplateRender.RepositoryRoot(), "samples", "petitions", "okafor-family-i485.json");

        var result = await _cli.RunAsync("draft", "-p", petition, "-o", _cli.Path("draft.docx"), "--report", _cli.Path("report.json"), "--as-of", "2026-06-01");

        result.ExitCode.Should().Be(0, result.ToString());
        result.ErrorLines.Should().ContainSingle(l => l.StartsWith("visa: warning PK1171: ", StringComparison.Ordinal))
            .And.ContainSingle(l => l.StartsWith("court.court_id: warning PK1173: I-485 in the Fifth Circuit", StringComparison.Ordinal));
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(_cli.Path("report.json"), TestContext.Current.CancellationToken));
        report.RootElement.GetProperty("warnings").EnumerateArray()
            .Select(w => (w.GetProperty("code").GetString(), w.GetProperty("path").GetString()))
            .Should().StartWith([("PK1171", "visa"), ("PK1173", "court.court_id")]);
    }

    [Fact]
    public async Task Draft_SummaryLine_CountsWhatTheChecklistLineCounts()
    {
        var petition = Path.Combine(BuiltInTemplates.BuiltInTemplateRender.RepositoryRoot(), "samples", "petitions", "okafor-family-i485.json");

        var result = await _cli.RunAsync("draft", "-p", petition, "-o", _cli.Path("draft.docx"), "--as-of", "2026-06-01");

        result.ExitCode.Should().Be(0, result.ToString());
        var summary = System.Text.RegularExpressions.Regex.Match(result.OutputLines[0], @"; (?<missing>\d+) missing values?, (?<changed>\d+) changed values?, (?<items>\d+) review items?\.$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        summary.Success.Should().BeTrue(result.OutputLines[0]);
        int InChecklist(string category) =>
            System.Text.RegularExpressions.Regex.Match(result.OutputLines[^1], $@"\b{category} (?<n>\d+)", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)) is { Success: true } m ? int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        int.Parse(summary.Groups["changed"].Value, System.Globalization.CultureInfo.InvariantCulture).Should().Be(InChecklist("altered_value")).And.BePositive("the sample's A-numbers are masked");
        int.Parse(summary.Groups["missing"].Value, System.Globalization.CultureInfo.InvariantCulture).Should().Be(InChecklist("missing_fact"));
        int.Parse(summary.Groups["items"].Value, System.Globalization.CultureInfo.InvariantCulture).Should().Be(InChecklist("template_item"));
    }

    [Fact]
    public async Task Draft_NaturalizationCase_UsesThe1447bTemplateByDefault()
    {
        var petition = PetitionFiles.Write(_cli, "n400.json", PetitionFiles.Naturalization());

        var result = await _cli.RunAsync("draft", "-p", petition, "-o", _cli.Path("n400.docx"), "--report", _cli.Path("report.json"), "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(0, result.ToString());
        using var report = JsonDocument.Parse(await File.ReadAllBytesAsync(_cli.Path("report.json"), TestContext.Current.CancellationToken));
        report.RootElement.GetProperty("template_name").GetString().Should().Be("naturalization-1447b.docx");
        var docx = await File.ReadAllBytesAsync(_cli.Path("n400.docx"), TestContext.Current.CancellationToken);
        OpenXmlValidation.ShouldBeValid(docx);
        string.Join("\n", DocxText.DraftParagraphs(docx)).Should().Contain("1447(b)").And.NotContain("[MISSING");
    }

    [Fact]
    public async Task Draft_CustomTemplateFile_RendersThePetitionView()
    {
        var petition = PetitionFiles.WriteValid(_cli);
        var template = _cli.Write("custom.docx", Docx.Package(Docx.Paragraph("Petitioner ", "{{ petitioner", ".name }}", " sues.")));

        var result = await _cli.RunAsync("draft", "-p", petition, "-t", template, "-o", _cli.Path("draft.docx"), "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(0, result.ToString());
        var docx = await File.ReadAllBytesAsync(_cli.Path("draft.docx"), TestContext.Current.CancellationToken);
        DocxText.DraftParagraphs(docx).Should().Contain("Petitioner Maria Lopez sues.");
    }

    [Fact]
    public async Task Draft_FirmFile_IsReadByTheTemplateAsFirm()
    {
        var petition = PetitionFiles.WriteValid(_cli);
        var template = _cli.Write("letterhead.docx", Docx.Package(Docx.Paragraph("{{ firm.name }}, matter {{ firm.matter }}")));
        var firm = _cli.Write("firm.json", """{"name": "Piedmont Legal Aid", "matter": "2026-014"}""");

        var result = await _cli.RunAsync("draft", "-p", petition, "-t", template, "--firm", firm, "-o", _cli.Path("draft.docx"), "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(0, result.ToString());
        var docx = await File.ReadAllBytesAsync(_cli.Path("draft.docx"), TestContext.Current.CancellationToken);
        DocxText.DraftParagraphs(docx).Should().Contain("Piedmont Legal Aid, matter 2026-014");
    }

    [Fact]
    public async Task Draft_FirmFileThatIsNotAnObject_ExitsOneNamingTheFileAndWritesNothing()
    {
        var petition = PetitionFiles.Write(_cli, "bad.json", SamplePetitions.Complete() with { Signer = null });
        var firm = _cli.Write("firm.json", """["Piedmont Legal Aid"]""");

        var result = await _cli.RunAsync("draft", "-p", petition, "--firm", firm, "-o", _cli.Path("draft.docx"), "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(1);
        result.ErrorLines.Should().Contain(l => l.Contains("firm.json", StringComparison.Ordinal) && l.Contains("the firm data must be a JSON object", StringComparison.Ordinal));
        File.Exists(_cli.Path("draft.docx")).Should().BeFalse();
    }

    [Fact]
    public async Task Draft_CustomTemplateReadingAPathNotInTheModel_ExitsOneWithPK2030AndNoFile()
    {
        var petition = PetitionFiles.WriteValid(_cli);
        var template = _cli.Write("custom.docx", CliRun.GoodTemplate());

        var result = await _cli.RunAsync("draft", "-p", petition, "-t", template, "-o", _cli.Path("draft.docx"), "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(1);
        result.ErrorLines.Should().ContainSingle().Which.Should().StartWith("custom.docx/word/document.xml(¶2,1): error PK2030: ‘urgent’ is not in the petition model");
        File.Exists(_cli.Path("draft.docx")).Should().BeFalse();
    }

    [Fact]
    public async Task Draft_InvalidPetition_ExitsOneWithEveryErrorAndLeavesNoFile()
    {
        var petition = PetitionFiles.Write(_cli, "bad.json", SamplePetitions.Complete() with
        {
            Signer = null,
            Application = SamplePetitions.Complete().Application with { FilingDate = new DateOnly(2025, 7, 1) },
        });

        var result = await _cli.RunAsync("draft", "-p", petition, "-o", _cli.Path("draft.docx"), "--report", _cli.Path("r.json"), "--checklist", _cli.Path("c.docx"), "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(1);
        result.ErrorLines.Should().Contain(l => l.StartsWith("signer: error PK1", StringComparison.Ordinal))
            .And.Contain(l => l.StartsWith("application.filing_date: error PK1", StringComparison.Ordinal));
        result.OutputLines.Should().Equal($"{_cli.Path("draft.docx")}: no draft was written; the errors above say why.");
        _cli.Files().Should().Equal("bad.json");
    }

    [Fact]
    public async Task Draft_CivilRightsComplaint_IsRefusedWithTheFoiaRoute()
    {
        var petition = PetitionFiles.Write(_cli, "crcl.json", SamplePetitions.Complete() with { CaseType = CaseType.CivilRightsComplaint });

        var result = await _cli.RunAsync("draft", "-p", petition, "-o", _cli.Path("draft.docx"), "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(1);
        result.ErrorLines.Should().Contain(l => l.StartsWith("case_type: error PK1100: Mandamus does not fit", StringComparison.Ordinal) && l.Contains("FOIA", StringComparison.Ordinal));
        _cli.Files().Should().Equal("crcl.json");
    }

    [Fact]
    public async Task Draft_UnknownTemplate_ExitsOneNamingTheFile()
    {
        var petition = PetitionFiles.WriteValid(_cli);

        var result = await _cli.RunAsync("draft", "-p", petition, "-t", _cli.Path("uscis.docx"), "-o", _cli.Path("draft.docx"), "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(1);
        result.ErrorLines.Should().Equal($"{_cli.Path("uscis.docx")}: error: the file does not exist.");
        _cli.Files().Should().Equal("petition.json");
    }

    [Fact]
    public async Task Draft_MisspeltTemplateId_ListsTheBuiltInIds()
    {
        var petition = PetitionFiles.WriteValid(_cli);

        var result = await _cli.RunAsync("draft", "-p", petition, "-t", "uscis-dely", "-o", _cli.Path("draft.docx"), "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(1);
        result.ErrorLines.Should().Equal("uscis-dely: error: neither a built-in template id (consular-delay, foia, naturalization-1447b, uscis-delay) nor an existing file.");
        _cli.Files().Should().Equal("petition.json");
    }

    [Fact]
    public async Task Draft_ChecklistOverTheDraft_IsAUsageErrorNamingBoth()
    {
        var petition = PetitionFiles.WriteValid(_cli);

        var result = await _cli.RunAsync("draft", "-p", petition, "-o", _cli.Path("d.docx"), "--checklist", _cli.Path("d.docx"));

        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().Equal(
            $"petitionkit: error: --checklist '{_cli.Path("d.docx")}' would overwrite --out '{_cli.Path("d.docx")}'; choose another name.");
        _cli.Files().Should().Equal("petition.json");
    }

    [Fact]
    public async Task Draft_ReportOverThePetitionAndChecklistDifferingOnlyInCase_ReportsBothTogether()
    {
        var petition = PetitionFiles.WriteValid(_cli);

        var result = await _cli.RunAsync(
            "draft", "-p", petition, "-o", _cli.Path("d.docx"), "--report", petition, "--checklist", _cli.Path("D.docx"));

        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().Equal(
            $"petitionkit: error: --report '{petition}' would overwrite the input --petition '{petition}'; choose another name.",
            $"petitionkit: error: --checklist '{_cli.Path("D.docx")}' would overwrite --out '{_cli.Path("d.docx")}' (names that differ only in case are one file on Windows and macOS); choose another name.");
        _cli.Files().Should().Equal("petition.json");
    }

    [Fact]
    public async Task Draft_FileWithFourShapeErrors_PrintsAllFourWithTheirPaths()
    {
        var petition = _cli.Write("four-errors.json", File.ReadAllText(Json.PetitionJsonTests.FourShapeErrorsFile));

        var result = await _cli.RunAsync("draft", "-p", petition, "-o", _cli.Path("draft.docx"), "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(1, result.ToString());
        result.ErrorLines.Should().Contain(l => l.StartsWith($"{petition}: petitioners[0].is_minor: error PK1001:", StringComparison.Ordinal))
            .And.Contain(l => l.StartsWith($"{petition}: petitioners[0].nickname: error PK1002:", StringComparison.Ordinal))
            .And.Contain(l => l.StartsWith($"{petition}: application.filing_date: error PK1001:", StringComparison.Ordinal))
            .And.Contain(l => l.StartsWith($"{petition}: processing_time.posted_months: error PK1001:", StringComparison.Ordinal));
        _cli.Files().Should().NotContain("draft.docx");
    }

    [Fact]
    public async Task Draft_BuiltInTemplateForAnotherCaseType_ExitsOneAndWritesNothing()
    {
        var petition = PetitionFiles.WriteValid(_cli);

        var result = await _cli.RunAsync("draft", "-p", petition, "--template", "foia", "-o", _cli.Path("draft.docx"), "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(1, result.ToString());
        result.ErrorLines.Should().Contain(l => l.StartsWith($"case_type: error PK1176: The built-in template ‘foia’ does not draft this case type", StringComparison.Ordinal));
        _cli.Files().Should().Equal("petition.json");
    }

    public void Dispose() => _cli.Dispose();
}
