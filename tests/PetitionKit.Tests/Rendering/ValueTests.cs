using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.Rendering;

public sealed class ValueTests
{
    [Fact]
    public async Task Render_ValueWithXmlSpecials_IsEscaped()
    {
        var paragraphs = await Render.BodyParagraphsAsync(Docx.Paragraph("{{ v }}"), """{"v": "Smith & Sons <LLC> \"quoted\""}""");

        paragraphs.Should().Equal("Smith & Sons <LLC> \"quoted\"");
    }

    [Fact]
    public async Task Render_NewlineAndTab_BecomeLineBreakAndTab()
    {
        var (docx, _) = await Render.DocxAsync(Docx.Package(Docx.Paragraph("{{ v }}")), """{"v": "Line one\nLine\ttwo"}""");

        OpenXmlValidation.ShouldBeValid(docx);
        DocxText.DraftParagraphs(docx).Should().Equal("Line one\nLine\ttwo");
        DocxText.Part(docx, "word/document.xml").Descendants(DocxText.W + "br").Should().ContainSingle();
    }

    [Fact]
    public async Task Render_BlankLineInValue_StartsNewParagraphInSameStyle()
    {
        var body = Docx.StyledParagraph("Heading1", "Facts: ", "{{ v }}", " End.");

        var (docx, _) = await Render.DocxAsync(Docx.Package(body), """{"v": "First paragraph.\n\nSecond paragraph."}""");

        OpenXmlValidation.ShouldBeValid(docx);
        DocxText.DraftParagraphs(docx).Should().Equal("Facts: First paragraph.", "Second paragraph. End.");
        var styles = DocxText.Part(docx, "word/document.xml").Descendants(DocxText.W + "pStyle").Select(s => (string?)s.Attribute(DocxText.W + "val"));
        styles.Should().Equal("Heading1", "Heading1");
    }

    [Fact]
    public async Task Render_CharactersXmlCannotHold_AreRemovedAndReported()
    {
        var (docx, report) = await Render.DocxAsync(Docx.Package(Docx.Paragraph("{{ v }}")), """{"v": "A\u0001B\u000BC"}""");

        OpenXmlValidation.ShouldBeValid(docx);
        DocxText.DraftParagraphs(docx).Should().Equal("ABC");
        report.Alterations.Should().ContainSingle().Which.Description.Should().Contain("U+0001").And.Contain("U+000B");
    }

    [Fact]
    public async Task Render_DataThatLooksLikeATag_IsPrintedNotEvaluated()
    {
        var paragraphs = await Render.BodyParagraphsAsync(Docx.Paragraph("{{ v }}"), """{"v": "{{ secret }} and {% raw %}", "secret": "LEAK"}""");

        paragraphs.Should().Equal("{{ secret }} and {% raw %}");
    }

    [Fact]
    public async Task Render_LiteralBracesInTemplateXmlOutsideTags_ArePreserved()
    {
        var paragraphs = await Render.BodyParagraphsAsync(Docx.Paragraph("Set {a} and } alone: ", "{{ v }}"), """{"v": "ok"}""");

        paragraphs.Should().Equal("Set {a} and } alone: ok");
    }

    [Fact]
    public async Task Render_NumbersUseTheRenderCulture()
    {
        var paragraphs = await Render.BodyParagraphsAsync(Docx.Paragraph("{{ n }} / {{ d }}"), """{"n": 1234, "d": 0.1}""");

        paragraphs.Should().Equal("1234 / 0.1");
    }
}
