namespace PetitionKit.Tests.Cli;

public sealed class CheckCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task Check_GoodTemplate_ListsEveryTagWithPlaceKindAndScope()
    {
        var template = _cli.Write("petition.docx", CliRun.GoodTemplate());

        var result = await _cli.RunAsync("check", "--template", template);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Error.Should().BeEmpty();
        result.OutputLines.Should().Equal(
            "petition.docx/word/document.xml(¶1,12): value inline {{ petitioner.name }}",
            "petition.docx/word/document.xml(¶2,1): block paragraphs {{ if urgent }}",
            "petition.docx/word/document.xml(¶4,1): end paragraphs {{ end }}",
            $"{template}: 3 tags (1 block), 0 errors, 0 warnings.");
    }

    [Fact]
    public async Task Check_BuiltInId_ChecksTheShippedTemplateAgainstThePetitionModel()
    {
        var result = await _cli.RunAsync("check", "-t", "naturalization-1447b", "--petition-model");

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutputLines[0].Should().StartWith("naturalization-1447b.docx/word/document.xml(¶");
        result.OutputLines[^1].Should().MatchRegex(@"^naturalization-1447b: \d+ tags \(\d+ blocks\), 0 errors, 0 warnings\.$");
    }

    [Fact]
    public async Task Check_MissingEnd_PrintsPK2013WithItsPlaceAndExitsOne()
    {
        var template = _cli.Write("broken.docx", CliRun.MissingEndTemplate());

        var result = await _cli.RunAsync("check", "-t", template);

        result.ExitCode.Should().Be(1);
        result.ErrorLines.Should().ContainSingle()
            .Which.Should().StartWith("broken.docx/word/document.xml(¶2,1): error PK2013:");
        result.OutputLines.Should().Contain(l => l.StartsWith("broken.docx/word/document.xml(¶2,1): block ", StringComparison.Ordinal) && l.EndsWith("{{ if urgent }}", StringComparison.Ordinal));
        result.Output.Should().Contain("1 error;");
    }

    [Fact]
    public async Task Check_TemplateWithWarning_PrintsItAndExitsZero()
    {
        var template = _cli.Write("tracked.docx", CliRun.TrackedChangeTemplate());

        var result = await _cli.RunAsync("check", "-t", template);

        result.ExitCode.Should().Be(0, result.ToString());
        result.ErrorLines.Should().ContainSingle().Which.Should().Contain("warning PK2019");
        result.OutputLines[^1].Should().EndWith("1 tag (0 blocks), 0 errors, 1 warning.");
    }

    [Fact]
    public async Task Check_NotAWordFile_ReportsPK2001()
    {
        var template = _cli.Write("notes.docx", "just text");

        var result = await _cli.RunAsync("check", "-t", template);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("PK2001");
    }

    [Fact]
    public async Task Check_PetitionModelFlag_ReportsAnUnknownPathWithItsPlaceAndTheNearestPath()
    {
        var template = _cli.Write("fees.docx", TestSupport.Docx.Package(TestSupport.Docx.Paragraph("{{ if relief.attorney_fees }}Fees.{{ end }}")));

        var plain = await _cli.RunAsync("check", "-t", template);
        var typed = await _cli.RunAsync("check", "-t", template, "--petition-model");

        plain.ExitCode.Should().Be(0, plain.ToString());
        typed.ExitCode.Should().Be(1);
        typed.ErrorLines.Should().ContainSingle().Which.Should().StartWith("fees.docx/word/document.xml(¶1,1): error PK2030:")
            .And.Contain("Did you mean ‘relief.omit_attorney_fees’?");
    }

    [Fact]
    public async Task Check_OneProblemInThreeTags_PrintsItOnceWithEachOtherPlace_AndListsThreeForAProgram()
    {
        var tag = TestSupport.Docx.Paragraph("{{ relief.attorney_fees }}");
        var template = _cli.Write("fees.docx", TestSupport.Docx.Package(tag + TestSupport.Docx.Paragraph("Between.") + tag + tag));

        var human = await _cli.RunAsync("check", "-t", template, "--petition-model");
        var machine = await _cli.RunAsync("check", "-t", template, "--petition-model", "--json");

        human.ErrorLines.Should().HaveCount(3);
        human.ErrorLines[0].Should().StartWith("fees.docx/word/document.xml(¶1,1): error PK2030:");
        human.ErrorLines.Skip(1).Should().Equal("also at fees.docx/word/document.xml(¶3,1)", "also at fees.docx/word/document.xml(¶4,1)");
        var diagnostics = System.Text.Json.JsonDocument.Parse(machine.Output).RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        diagnostics.Select(d => d.GetProperty("where").GetString()).Should().Equal(
            "fees.docx/word/document.xml(¶1,1)", "fees.docx/word/document.xml(¶3,1)", "fees.docx/word/document.xml(¶4,1)");
        diagnostics.Select(d => d.GetProperty("text").GetString()![d.GetProperty("where").GetString()!.Length..]).Distinct(StringComparer.Ordinal).Should().ContainSingle();
        diagnostics.Should().OnlyContain(d => string.Equals(d.GetProperty("code").GetString(), "PK2030", StringComparison.Ordinal));
    }

    public void Dispose() => _cli.Dispose();
}
