using PetitionKit.Model;
using PetitionKit.Tests.Model;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Tests.Petitions;

public sealed class FreeTextMaskingDraftTests
{
    private static readonly string Body =
        Docx.Paragraph("{{ harms[0].description }}")
        + Docx.Paragraph("{{ timeline[0].outcome }}")
        + Docx.Paragraph("{{ duty.description }}")
        + Docx.Paragraph("{{ exhibits[0].title }}")
        + Docx.Paragraph("{{ for f in analysis.trac }}{{ for x in f.facts }}{{ x.text }} {{ end }}{{ end }}");

    private static readonly Petitioner Minor = new() { Name = "Sofia Elena Lopez", Role = PetitionerRole.Derivative, IsMinor = true, NextFriend = new NextFriend { Name = "Maria Lopez", Relationship = "mother", PetitionerIndex = 0 } };

    private static Petition Typed()
    {
        var complete = SamplePetitions.Complete();
        return complete with
        {
            Petitioners = [.. complete.Petitioners, Minor],
            Harms = [new Harm { Kind = HarmKind.Health, Description = "Sofia Elena Lopez, whose SSN is 123-45-6789, lost her coverage.", PetitionerIndex = 2 }],
            Timeline = [complete.Timeline[0] with { Outcome = "Maria was born on April 9, 1985; the notice confirmed it." }],
            Duty = complete.Duty with { Description = "to adjudicate the I-130 for Sofia Lopez" },
            Exhibits = [complete.Exhibits[0] with { Title = "Receipt notice for A012-345-678" }, .. complete.Exhibits.Skip(1)],
        };
    }

    private static async Task<(IReadOnlyList<string> Text, RenderReport Report)> DraftAsync(Petition petition, RedactionOptions? redaction = null)
    {
        var template = await Render.LoadAsync(Docx.Package(Body));
        using var output = new MemoryStream();
        var options = new RenderOptions { AsOf = SamplePetitions.AsOf };
        var report = await PetitionDrafter.DraftAsync(petition, template, output, options, redaction, cancellationToken: TestContext.Current.CancellationToken);
        return (DocxText.DraftParagraphs(output.ToArray()), report);
    }

    [Fact]
    public async Task Draft_FreeTextWithIdentifiers_PrintsThemMaskedAsTheStructuredFieldsAre()
    {
        var (text, _) = await DraftAsync(Typed());

        text[0].Should().Be("S.E.L., whose SSN is XXX-XX-6789, lost her coverage.");
        text[1].Should().Be("Maria was born in 1985; the notice confirmed it.");
        text[2].Should().Be("to adjudicate the I-130 for S.E.L.");
        text[3].Should().Be("Receipt notice for AXXX-XXX-678");
    }

    [Fact]
    public async Task Draft_FreeTextQuotedByTheAnalysis_IsMaskedToo()
    {
        var (text, _) = await DraftAsync(Typed());

        text[4].Should().Contain("S.E.L., whose SSN is XXX-XX-6789").And.NotContain("Sofia").And.NotContain("123-45");
    }

    [Fact]
    public async Task Draft_MaskedFreeText_ChecklistSaysWhatWasMaskedWhere()
    {
        var (_, report) = await DraftAsync(Typed());

        var masked = report.Checklist.Where(i => i.Category == ChecklistCategory.AlteredValue && i.Field is not null).ToList();
        masked.Select(i => i.Field).Should().BeEquivalentTo(
            ["harms[0].description", "harms[0].description", "timeline[0].outcome", "duty.description", "exhibits[0].title"]);
        masked.Should().Contain(i => i.Field == "timeline[0].outcome" && i.Text.Contains("year only", StringComparison.Ordinal));

        // The attorney is told where the draft prints the field, not only its name in the petition file.
        masked.Should().OnlyContain(i => i.Location == "first printed at body, before the first section heading",
            "this template has no heading, and the checklist gives the attorney words, not the template's paragraph count");
        report.Checklist.Should().NotContain(i => i.Reference != null && i.Reference.StartsWith("PK115", StringComparison.Ordinal), "the warnings are said once, as what was masked");
        report.Checklist.Should().NotContain(i => i.Category == ChecklistCategory.Privacy, "nothing unmasked is left for the scan to find");
    }

    [Fact]
    public async Task Draft_RawValuesOptedIn_PrintsTheTextAsTypedAndSaysSo()
    {
        var (text, report) = await DraftAsync(Typed(), new RedactionOptions { IncludeRawValues = true });

        text[0].Should().Be("Sofia Elena Lopez, whose SSN is 123-45-6789, lost her coverage.");
        report.Checklist.Should().Contain(i => i.Category == ChecklistCategory.Privacy && i.Field == "harms[0].description" && i.Text.Contains("raw values were opted in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Draft_ANumberMaskingLastFour_MasksFreeTextTheSameWay()
    {
        var (text, _) = await DraftAsync(Typed(), new RedactionOptions { ANumberMasking = ANumberMasking.LastFour });

        text[3].Should().Be("Receipt notice for AXXX-XX5-678");
    }
}
