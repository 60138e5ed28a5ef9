using PetitionKit.Tests.TestSupport;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Tests.Drafting;

/// <summary>Marks templates, converts them with LibreOffice and reads the pages back: what a reviewer would see.</summary>
public sealed class DraftMarkerRenderingTests
{
    [Fact]
    public async Task Apply_TemplateWithoutHeadersOrFooters_MarksEveryPage()
    {
        var template = Docx.Package(DraftingDocx.Filler("Body", 3));

        var draft = DraftingDocx.EvaluateDraftTags(DraftingDocx.Mark(template));

        OpenXmlValidation.ShouldBeValid(draft);
        var pages = await MarkedPages.TextsAsync(await LibreOffice.ConvertToPdfAsync(draft, "no-headers"));
        pages.Should().HaveCountGreaterThanOrEqualTo(3);
        MarkedPages.ShouldAllBeMarked(pages);
        string.Concat(pages).Should().Contain("Body paragraph 18.", "the template's own text must all survive");
    }

    [Fact]
    public async Task Apply_HeaderWithFieldTableAndPicture_KeepsItBelowTheBannerOnEveryPage()
    {
        var header = Docx.Paragraph("CASE HEADER page ").Replace("</w:p>", DraftingDocx.PageField + "</w:p>", StringComparison.Ordinal)
            + Docx.Table([Docx.Paragraph("Cell A"), Docx.Paragraph("Cell B")])
            + Docx.Paragraph("Seal: ").Replace("</w:p>", DraftingDocx.Picture + "</w:p>", StringComparison.Ordinal);
        var template = DraftingDocx.Package(
        [
            new SectionSpec(DraftingDocx.Filler("Portrait", 2))
            {
                DefaultHeader = header,
                DefaultFooter = Docx.Paragraph("TEMPLATE FOOTER"),
                TitlePage = true,
            },
            new SectionSpec(DraftingDocx.Filler("Landscape", 2)) { Landscape = true },
        ]);

        var draft = DraftingDocx.EvaluateDraftTags(DraftingDocx.Mark(template));

        OpenXmlValidation.ShouldBeValid(draft);
        var pdf = await LibreOffice.ConvertToPdfAsync(draft, "rich-header");
        var pages = await MarkedPages.TextsAsync(pdf);
        pages.Should().HaveCountGreaterThanOrEqualTo(4);
        MarkedPages.ShouldAllBeMarked(pages);
        var pictures = await MarkedPages.PicturesPerPageAsync(pdf);
        for (var number = 2; number <= pages.Count; number++)
        {
            // Page 1 shows the first-page header (w:titlePg), which the template left empty; the rest show the default one.
            var page = pages[number - 1];
            page.Should().Contain($"CASE HEADER page {number}", "the template's header text and PAGE field survive");
            page.Should().Contain("Cell A").And.Contain("Cell B");
            page.Should().Contain("TEMPLATE FOOTER");
            page.IndexOf(DraftMarking.Default.BannerText, StringComparison.Ordinal).Should().BeInRange(0, int.MaxValue).And.BeLessThan(page.IndexOf("CASE HEADER", StringComparison.Ordinal));
            page.IndexOf("TEMPLATE FOOTER", StringComparison.Ordinal).Should().BeLessThan(page.IndexOf("Draft from template", StringComparison.Ordinal));
            pictures.Should().ContainKey(number, $"the header's picture must still print on page {number}");
        }

        pages[0].Should().NotContain("CASE HEADER");
    }

    [Fact]
    public async Task Apply_EvenAndOddHeadersAcrossLinkedAndSharedSections_MarksEveryPage()
    {
        var template = DraftingDocx.Package(
            [
                new SectionSpec(DraftingDocx.Filler("One", 2))
                {
                    DefaultHeader = Docx.Paragraph("ODD HEADER ONE"),
                    EvenHeader = Docx.Paragraph("EVEN HEADER ONE"),
                    DefaultFooter = Docx.Paragraph("FOOTER ONE"),
                },
                // No references: linked to the previous section, and landscape.
                new SectionSpec(DraftingDocx.Filler("Two", 3)) { Landscape = true, TitlePage = true },
                // Its default header is section one's part itself.
                new SectionSpec(DraftingDocx.Filler("Three", 2)) { ShareHeaderWith = 0, FirstHeader = Docx.Paragraph("FIRST HEADER THREE"), TitlePage = true },
            ],
            evenAndOdd: true);

        var draft = DraftingDocx.EvaluateDraftTags(DraftingDocx.Mark(template));

        OpenXmlValidation.ShouldBeValid(draft);
        var pages = await MarkedPages.TextsAsync(await LibreOffice.ConvertToPdfAsync(draft, "sections"));
        pages.Should().HaveCountGreaterThanOrEqualTo(7);
        MarkedPages.ShouldAllBeMarked(pages);
        // Odd pages after the first of section two inherit section one's default header and footer; even pages
        // show section one's even header throughout; first pages of sections two and three show their own (or, for
        // two, a marked empty one, as the template left none to inherit).
        pages.Count(p => p.Contains("ODD HEADER ONE", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(2);
        pages.Count(p => p.Contains("FOOTER ONE", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(2);
        pages.Count(p => p.Contains("EVEN HEADER ONE", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(2);
        pages.Should().ContainSingle(p => p.Contains("FIRST HEADER THREE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Apply_ShortTemplate_DrawsTheWatermarkAcrossTheMiddleOfThePage()
    {
        var template = Docx.Package(Docx.Paragraph("Short body."));

        var draft = DraftingDocx.Mark(template);

        OpenXmlValidation.ShouldBeValid(draft);
        var pdf = await LibreOffice.ConvertToPdfAsync(draft, "watermark");
        var page = await PdfPixels.RenderAsync(pdf, 1);
        // The body is one line at the top, so any ink in the middle is the watermark; it runs from bottom left to top
        // right (rotation 315°), so the lower right of the text area stays blank.
        page.InkShare(0.35, 0.35, 0.65, 0.65).Should().BeGreaterThan(0.10);
        page.InkShare(0.70, 0.70, 0.85, 0.80).Should().BeLessThan(0.01);
        (await MarkedPages.TextsAsync(pdf)).Should().ContainSingle().Which.Should().Contain("Short body.");
    }
}
