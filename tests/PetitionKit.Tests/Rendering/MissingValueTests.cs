using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;

namespace PetitionKit.Tests.Rendering;

public sealed class MissingValueTests
{
    private static readonly string Body =
        Docx.StyledParagraph("Heading1", "STATEMENT OF FACTS")
        + Docx.Paragraph("The Petitioner, ", "{{ petitioner.name }}", ", A-number ", "{{ petitioner.a_number }}", ", applied.");

    [Fact]
    public async Task Render_MissingValue_WritesHighlightedPlaceholderAndReportsItsPlace()
    {
        var (docx, report) = await Render.DocxAsync(Docx.Package(Body), """{"petitioner": {"name": "Ana"}}""");

        OpenXmlValidation.ShouldBeValid(docx);
        DocxText.DraftParagraphs(docx)[1].Should().Be("The Petitioner, Ana, A-number [MISSING: petitioner.a_number], applied.");
        var placeholderRun = DocxText.Part(docx, "word/document.xml").Descendants(DocxText.W + "r").Single(r => r.Value.StartsWith("[MISSING", StringComparison.Ordinal));
        placeholderRun.Descendants(DocxText.W + "highlight").Single().Attribute(DocxText.W + "val")!.Value.Should().Be("yellow");
        var missing = report.MissingValues.Should().ContainSingle().Which;
        missing.Name.Should().Be("petitioner.a_number");
        missing.Location.Paragraph.Should().Be(2);
        missing.Section.Should().Be("STATEMENT OF FACTS");
        missing.Excerpt.Should().Contain("A-number {{ petitioner.a_number }}");
    }

    [Fact]
    public async Task Render_NullAndEmptyValues_AreMissingToo()
    {
        var (_, report) = await Render.DocxAsync(Docx.Package(Body), """{"petitioner": {"name": "", "a_number": null}}""");

        report.MissingValues.Select(m => m.Name).Should().Equal("petitioner.name", "petitioner.a_number");
    }

    [Fact]
    public async Task Render_StrictMode_TurnsEveryMissingValueIntoAnError()
    {
        var act = () => Render.DocxAsync(Docx.Package(Body), "{}", new RenderOptions { AsOf = Render.AsOf, Strict = true });

        var errors = (await act.Should().ThrowAsync<TemplateException>()).Which.Diagnostics;
        errors.Select(e => (e.Code, e.Tag)).Should().Equal(("PK3001", "{{ petitioner.name }}"), ("PK3001", "{{ petitioner.a_number }}"));
    }

    [Fact]
    public async Task Render_MissingValueInsideALoop_IsNamedByItsPlaceInTheData()
    {
        var body = Docx.Paragraph("{{ for p in people }}")
            + Docx.Paragraph("{{ p.name }} lives in ", "{{ p.residence.state }}", ".")
            + Docx.Paragraph("{{ end }}");

        var (docx, report) = await Render.DocxAsync(Docx.Package(body), """
            {"people": [{"name": "Ana", "residence": {"state": "TX"}}, {"name": "Ben", "residence": {}}, {"name": "Cy"}]}
            """);

        // The person supplying the data knows people[1], not the template's loop variable p.
        report.MissingValues.Select(m => m.Name).Should().Equal("people[1].residence.state", "people[2].residence.state");
        DocxText.DraftParagraphs(docx).Should().Contain("Ben lives in [MISSING: people[1].residence.state].");
        DocxText.Part(docx, "word/comments.xml").Descendants(DocxText.W + "comment").Select(c => c.Value)
            .Should().Contain(c => c.Contains("Missing fact: people[2].residence.state.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Render_MissingValueOfAValueTheTemplateMade_KeepsTheTagsName()
    {
        var body = Docx.Paragraph("{{ made = { kind: \"x\" } }}") + Docx.Paragraph("Made: ", "{{ made.label }}", ".");

        var (_, report) = await Render.DocxAsync(Docx.Package(body), "{}");

        report.MissingValues.Select(m => m.Name).Should().Equal("made.label");
    }
}
