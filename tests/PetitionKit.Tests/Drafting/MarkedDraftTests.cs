using PetitionKit.Petitions;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Tests.Drafting;

/// <summary>Drafts written through the public render call, read back as pages: the marks and the checklist as a
/// reviewing attorney sees them.</summary>
public sealed class MarkedDraftTests
{
    private static readonly string Body =
        Docx.StyledParagraph("Heading1", "STATEMENT OF FACTS")
        + Docx.Paragraph("{{ for i in 1..60 }}")
        + Docx.Paragraph("Fact ", "{{ i }}", ": the Petitioner, ", "{{ name }}", ", waited.")
        + Docx.Paragraph("{{ end }}")
        + Docx.Paragraph("A-number: ", "{{ a_number }}", ".")
        + Docx.Paragraph("{{ review_item \"Confirm the current officeholders.\" }}");

    [Fact]
    public async Task Render_EveryPage_CarriesBannerProvenanceAndTheTemplatesOwnHeaderAndFooter()
    {
        var template = Docx.Package(Body, Docx.Paragraph("Okafor v. Director — header"), Docx.Paragraph("Counsel footer"));

        var (docx, report) = await Render.DocxAsync(template, """{"name": "Amara Okafor"}""");
        var pages = await LibreOffice.PageTextsAsync(docx);

        OpenXmlValidation.ShouldBeValid(docx);
        pages.Count.Should().BeGreaterThan(2);
        for (var page = 0; page < pages.Count; page++)
        {
            pages[page].Should().Contain("ATTORNEY REVIEW DRAFT — NOT FOR FILING", $"page {page + 1} must carry the banner");
            pages[page].Should().Contain("Okafor v. Director — header").And.Contain("Counsel footer");
            pages[page].Should().MatchRegex($@"Draft from template test\.docx \([0-9a-f]{{12}}\) · as of June 3, 2026 · Page {page + 1} of {pages.Count}");
        }

        pages[^1].Should().Contain(PetitionReviewMarks.Title).And.Contain("a_number").And.Contain("Confirm the current officeholders.");
        report.Checklist.Select(i => (i.Category, i.Reference)).Should().Equal(
            (ChecklistCategory.MissingFact, "a_number"), (ChecklistCategory.TemplateItem, (string?)null));
        report.Checklist[0].Location.Should().Be("body, under “STATEMENT OF FACTS” — “A-number: {{ a_number }}.”");
    }

    [Fact]
    public async Task Render_MissingValue_CarriesAWordCommentNamingTheFact()
    {
        var (docx, _) = await Render.DocxAsync(Docx.Package(Body), """{"name": "Ana"}""");

        OpenXmlValidation.ShouldBeValid(docx);
        var comments = DocxText.Part(docx, "word/comments.xml").Descendants(DocxText.W + "comment").ToList();
        comments.Should().ContainSingle().Which.Value.Should().Contain("Missing fact: a_number");
        var id = comments[0].Attribute(DocxText.W + "id")!.Value;
        var body = DocxText.Part(docx, "word/document.xml");
        body.Descendants(DocxText.W + "commentReference").Should().ContainSingle(r => string.Equals(r.Attribute(DocxText.W + "id")!.Value, id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Render_ChecklistAsSeparateDocument_LeavesANoteAndWritesAMarkedChecklist()
    {
        var options = new RenderOptions { AsOf = Render.AsOf, ChecklistPlacement = ChecklistPlacement.SeparateDocument };

        var (docx, report) = await Render.DocxAsync(Docx.Package(Body), """{"name": "Ana"}""", options);
        using var checklist = new MemoryStream();
        await PetitionDrafter.WriteChecklistAsync(report, checklist, TestContext.Current.CancellationToken);

        OpenXmlValidation.ShouldBeValid(docx);
        OpenXmlValidation.ShouldBeValid(checklist.ToArray());
        DocxText.Paragraphs(docx).Should().NotContain(PetitionReviewMarks.Title)
            .And.Contain(p => p.Contains("was issued as a separate document", StringComparison.Ordinal));
        var pages = await LibreOffice.PageTextsAsync(checklist.ToArray(), "checklist");
        pages.Should().OnlyContain(p => p.Contains("ATTORNEY REVIEW DRAFT — NOT FOR FILING", StringComparison.Ordinal));
        string.Join("\n", pages).Should().Contain(PetitionReviewMarks.Title).And.Contain("Supply ‘a_number’").And.Contain("Confirm the current officeholders.");
    }

    [Fact]
    public async Task Render_FullSsnInThePlainJsonData_IsFlaggedWithoutRepeatingIt()
    {
        var (_, report) = await Render.DocxAsync(Docx.Package(Docx.Paragraph("Client SSN: ", "{{ number }}")), """{"number": "123-45-6789"}""");

        var finding = report.Checklist.Should().ContainSingle(i => i.Category == ChecklistCategory.Privacy).Which;
        finding.Location.Should().Be("body, near “…Client SSN:”");
    }

    [Fact]
    public async Task Render_DraftProperties_SayAttorneyReviewDraftAndCarryNoPersonalData()
    {
        var (docx, _) = await Render.DocxAsync(Docx.Package(Body), """{"name": "Amara Okafor"}""");

        var core = DocxText.Part(docx, DocxText.PartNames(docx).Single(n => n.EndsWith(".psmdcp", StringComparison.Ordinal) || n.EndsWith("core.xml", StringComparison.Ordinal))).ToString();
        core.Should().Contain("Attorney Review Draft").And.NotContain("Okafor");
        var custom = DocxText.Part(docx, "docProps/custom.xml").ToString();
        custom.Should().Contain("PetitionKit.AsOf").And.Contain("2026-06-03").And.NotContain("Okafor");
    }
}
