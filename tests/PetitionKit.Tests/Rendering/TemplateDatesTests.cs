using System.Globalization;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;

namespace PetitionKit.Tests.Rendering;

/// <summary>Scriban's date functions as templates see them: names from the render's culture, and a text that is not a
/// date a visible gap rather than 1 January 0001. (The time zone is tested across processes in Hostile/.)</summary>
public sealed class TemplateDatesTests
{
    [Fact]
    public async Task Render_DateNamesAndUnparsableDates_FollowTheRenderCultureAndShowAGap()
    {
        var body = Docx.Paragraph("{{ date.parse \"2026-03-01\" | date.to_string \"%B %e\" }}")
            + Docx.Paragraph("{{ date.parse \"2026-03-01\" | date.to_string \"%B\" \"en-US\" }}")
            + Docx.Paragraph("{{ date.parse \"not a date\" }}");
        var options = new RenderOptions { AsOf = Render.AsOf, Culture = CultureInfo.GetCultureInfo("fr-FR") };

        var (docx, report) = await Render.DocxAsync(Docx.Package(body), "{}", options);

        DocxText.DraftParagraphs(docx).Should().Equal("mars  1", "March", "[MISSING: date.parse \"not a date\"]");
        report.MissingValues.Should().ContainSingle();
    }
}
