using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.Rendering;

public sealed class BlockScopeTests
{
    private const string Petitioners = """{"petitioners": [{"name": "Ana"}, {"name": "Ben"}, {"name": "Cy"}], "none": [], "flag": true, "off": false}""";

    [Fact]
    public async Task Render_ForAloneInParagraphs_RepeatsParagraphsAndDropsTagParagraphs()
    {
        var body = Docx.Paragraph("Before")
            + Docx.Paragraph("{{ for p in petitioners }}")
            + Docx.Paragraph("Petitioner ", "{{ p.name }}", ".")
            + Docx.Paragraph("{{ end }}")
            + Docx.Paragraph("After");

        var paragraphs = await Render.BodyParagraphsAsync(body, Petitioners);

        paragraphs.Should().Equal("Before", "Petitioner Ana.", "Petitioner Ben.", "Petitioner Cy.", "After");
    }

    [Fact]
    public async Task Render_LoopOverEmptyList_LeavesNoBlankParagraph()
    {
        var body = Docx.Paragraph("Before")
            + Docx.Paragraph("{{ for p in none }}")
            + Docx.Paragraph("{{ p.name }}")
            + Docx.Paragraph("{{ end }}")
            + Docx.Paragraph("After");

        var paragraphs = await Render.BodyParagraphsAsync(body, Petitioners);

        paragraphs.Should().Equal("Before", "After");
    }

    [Fact]
    public async Task Render_IfElseAloneInParagraphs_KeepsOneBranchAndTablesBetween()
    {
        var body = Docx.Paragraph("{{ if off }}")
            + Docx.Paragraph("Hidden")
            + Docx.Table([Docx.Paragraph("Hidden cell")])
            + Docx.Paragraph("{{ else if flag }}")
            + Docx.Paragraph("Shown")
            + Docx.Paragraph("{{ else }}")
            + Docx.Paragraph("Other")
            + Docx.Paragraph("{{ end }}");

        var paragraphs = await Render.BodyParagraphsAsync(body, Petitioners);

        paragraphs.Should().Equal("Shown");
    }

    [Fact]
    public async Task Render_ForInFirstAndEndInLastCell_RepeatsTheRow()
    {
        var body = Docx.Table(
            [Docx.Paragraph("Name"), Docx.Paragraph("Role")],
            [Docx.Paragraph("{{ for p in petitioners }}", "{{ p.name }}"), Docx.Paragraph("Petitioner", "{{ end }}")]);

        var (docx, _) = await Render.DocxAsync(Docx.Package(body), Petitioners);

        OpenXmlValidation.ShouldBeValid(docx);
        var rows = DocxText.Part(docx, "word/document.xml").Descendants(DocxText.W + "tr")
            .Select(r => string.Join("|", r.Elements(DocxText.W + "tc").Select(c => c.Value)))
            .ToList();
        rows.Should().Equal("Name|Role", "Ana|Petitioner", "Ben|Petitioner", "Cy|Petitioner");
    }

    [Fact]
    public async Task Render_RowLoopOverEmptyList_LeavesValidTableWithHeaderOnly()
    {
        var body = Docx.Table(
            [Docx.Paragraph("Name"), Docx.Paragraph("Role")],
            [Docx.Paragraph("{{ for p in none }}{{ p.name }}"), Docx.Paragraph("{{ end }}")]);

        var (docx, _) = await Render.DocxAsync(Docx.Package(body), Petitioners);

        OpenXmlValidation.ShouldBeValid(docx);
        DocxText.Part(docx, "word/document.xml").Descendants(DocxText.W + "tr").Should().ContainSingle();
    }

    [Fact]
    public async Task Render_RowLoopThatEmptiesTheTable_RemovesTheTable()
    {
        var body = Docx.Paragraph("Exhibits:")
            + Docx.Table([Docx.Paragraph("{{ for p in none }}{{ p.name }}"), Docx.Paragraph("{{ end }}")])
            + Docx.Paragraph("After");

        var (docx, _) = await Render.DocxAsync(Docx.Package(body), Petitioners);

        OpenXmlValidation.ShouldBeValid(docx);
        DocxText.Part(docx, "word/document.xml").Descendants(DocxText.W + "tbl").Should().BeEmpty();
        DocxText.DraftParagraphs(docx).Should().Equal("Exhibits:", "After");
    }

    [Fact]
    public async Task Render_ParagraphLoopInsideCellOverEmptyList_CellStillHoldsAParagraph()
    {
        var body = Docx.Table([Docx.Paragraph("{{ for p in none }}") + Docx.Paragraph("{{ p.name }}") + Docx.Paragraph("{{ end }}"), Docx.Paragraph("x")]);

        var (docx, _) = await Render.DocxAsync(Docx.Package(body), Petitioners);

        OpenXmlValidation.ShouldBeValid(docx);
        DocxText.Part(docx, "word/document.xml").Descendants(DocxText.W + "tc").Should().OnlyContain(c => c.Elements(DocxText.W + "p").Any());
    }

    [Fact]
    public async Task Render_InlineBlocksWithinParagraph_WorkOnRuns()
    {
        var body = Docx.Paragraph("Petitioner", "{{ if petitioners.size > 1 }}", "s", "{{ end }}", ": ",
            "{{ for p in petitioners }}{{ p.name }}{{ if !for.last }}, {{ end }}{{ end }}", ".");

        var paragraphs = await Render.BodyParagraphsAsync(body, Petitioners);

        paragraphs.Should().Equal("Petitioners: Ana, Ben, Cy.");
    }

    [Fact]
    public async Task Render_NestedParagraphAndRowBlocks_Work()
    {
        var body = Docx.Paragraph("{{ if flag }}")
            + Docx.Table([Docx.Paragraph("{{ for p in petitioners }}{{ p.name }}"), Docx.Paragraph("{{ if p.name == \"Ben\" }}minor{{ else }}adult{{ end }}{{ end }}")])
            + Docx.Paragraph("{{ end }}");

        var (docx, _) = await Render.DocxAsync(Docx.Package(body), Petitioners);

        OpenXmlValidation.ShouldBeValid(docx);
        var rows = DocxText.Part(docx, "word/document.xml").Descendants(DocxText.W + "tr")
            .Select(r => string.Join("|", r.Elements(DocxText.W + "tc").Select(c => c.Value)));
        rows.Should().Equal("Ana|adult", "Ben|minor", "Cy|adult");
    }

    [Fact]
    public async Task Render_NumberedParagraphsInLoop_KeepTheirNumberingToContinue()
    {
        var body = Docx.Paragraph("{{ for p in petitioners }}")
            + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>{{ p.name }}</w:t></w:r></w:p>"
            + Docx.Paragraph("{{ end }}");

        var (docx, _) = await Render.DocxAsync(Docx.Package(body), Petitioners);

        var numbered = DocxText.Part(docx, "word/document.xml").Descendants(DocxText.W + "numId").Select(n => (string?)n.Attribute(DocxText.W + "val"));
        numbered.Should().Equal("1", "1", "1");
    }

    [Fact]
    public async Task Render_PictureCopiedByLoop_GetsUniqueDrawingIds()
    {
        var picture = "<w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><wp:extent cx=\"10\" cy=\"10\"/><wp:docPr id=\"7\" name=\"Seal\"/></wp:inline></w:drawing></w:r>";
        var body = Docx.Paragraph("{{ for p in petitioners }}") + $"<w:p>{picture}<w:r><w:t>{{{{ p.name }}}}</w:t></w:r></w:p>" + Docx.Paragraph("{{ end }}");

        var (docx, _) = await Render.DocxAsync(Docx.Package(body), Petitioners);

        var ids = DocxText.Part(docx, "word/document.xml").Descendants().Where(e => string.Equals(e.Name.LocalName, "docPr", StringComparison.Ordinal)).Select(e => (string?)e.Attribute("id"));
        ids.Should().Equal("1", "2", "3");
    }
}
