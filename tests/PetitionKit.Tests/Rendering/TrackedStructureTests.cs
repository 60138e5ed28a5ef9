using System.Xml.Linq;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;

namespace PetitionKit.Tests.Rendering;

/// <summary>Templates saved with tracked deletions of rows and paragraph marks, as Word writes them, drafted as Word's
/// "Accept All" would leave them; and the deletions whose accepted result would be ambiguous, refused where they are.</summary>
public sealed class TrackedStructureTests
{
    private const string Data = """{"name": "Amara Okafor", "exhibits": [{"label": "A", "title": "Receipt notice"}, {"label": "B", "title": "Inquiry"}]}""";

    [Fact]
    public async Task Render_DeletedTableRowBesideARowLoop_IsRemovedAndTheLoopRowsRemain()
    {
        var body = Docx.Paragraph("Exhibits")
            + Docx.TableOfRows(
                2,
                Docx.Row(string.Empty, Docx.Paragraph("Exhibit"), Docx.Paragraph("Title")),
                Docx.Row($"<w:del {Id(1)}/>", DeletedParagraph(2, "{{ old_label }}"), DeletedParagraph(3, "Withdrawn exhibit")),
                Docx.Row(string.Empty, Docx.Paragraph("{{ for e in exhibits }}{{ e.label }}"), Docx.Paragraph("{{ e.title }}{{ end }}")))
            + Docx.Paragraph("Filed by ", "{{ name }}");
        var template = await Render.LoadAsync(Docx.Package(body));

        var (docx, report) = await Render.DocxAsync(template, Data);

        OpenXmlValidation.ShouldBeValid(docx);
        RowTexts(docx).Should().Equal("Exhibit|Title", "A|Receipt notice", "B|Inquiry");
        DocxText.DraftParagraphs(docx).Should().NotContain(p => p.Contains("Withdrawn", StringComparison.Ordinal));
        report.MissingValues.Should().BeEmpty();
        template.Warnings.Should().ContainSingle(w => w.Code == "PK2019").Which.Message.Should().Contain("deleted rows removed");
    }

    [Fact]
    public async Task Render_TableWhoseEveryRowIsDeleted_IsRemovedWhole()
    {
        var body = Docx.Paragraph("Before")
            + Docx.TableOfRows(1, Docx.Row($"<w:del {Id(1)}/>", Docx.Paragraph("gone")), Docx.Row($"<w:del {Id(2)}/>", Docx.Paragraph("gone too")))
            + Docx.Paragraph("After ", "{{ name }}");

        var (docx, _) = await Render.DocxAsync(Docx.Package(body), Data);

        OpenXmlValidation.ShouldBeValid(docx);
        DocxText.Part(docx, "word/document.xml").Descendants(DocxText.W + "tbl").Should().BeEmpty();
        DocxText.DraftParagraphs(docx).Should().Equal("Before", "After Amara Okafor");
    }

    [Fact]
    public async Task Render_DeletedParagraphMark_JoinsTheParagraphToTheNextWhichKeepsItsProperties()
    {
        var body = $"<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:rPr><w:del {Id(1)}/></w:rPr></w:pPr>{Docx.Run("The Petitioner, ")}</w:p>"
            + $"<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>{Docx.Run("{{ name }}")}{Docx.Run(", resides in Ohio.")}</w:p>"
            + Docx.Paragraph("Next paragraph.");

        var (docx, _) = await Render.DocxAsync(Docx.Package(body), Data);

        OpenXmlValidation.ShouldBeValid(docx);
        DocxText.DraftParagraphs(docx).Should().Equal("The Petitioner, Amara Okafor, resides in Ohio.", "Next paragraph.");
        var joined = BodyParagraphs(docx)[0];
        joined.Element(DocxText.W + "pPr")!.Element(DocxText.W + "jc")!.Attribute(DocxText.W + "val")!.Value.Should().Be("center");
        joined.Descendants(DocxText.W + "pStyle").Should().BeEmpty();
    }

    [Fact]
    public async Task Render_WholeParagraphDeletedWithItsMark_DisappearsAndChainedMarksJoinIntoOne()
    {
        var body = $"<w:p><w:pPr><w:rPr><w:del {Id(1)}/></w:rPr></w:pPr><w:del {Id(2)}><w:r><w:delText>{{{{ dropped }}}} entirely.</w:delText></w:r></w:del></w:p>"
            + $"<w:p><w:pPr><w:rPr><w:del {Id(3)}/></w:rPr></w:pPr>{Docx.Run("One, ")}</w:p>"
            + $"<w:p><w:pPr><w:rPr><w:del {Id(4)}/></w:rPr></w:pPr><w:bookmarkStart w:id=\"9\" w:name=\"mark\"/>{Docx.Run("two, ")}<w:bookmarkEnd w:id=\"9\"/></w:p>"
            + Docx.Paragraph("{{ name }}.");

        var (docx, report) = await Render.DocxAsync(Docx.Package(body), Data);

        OpenXmlValidation.ShouldBeValid(docx);
        DocxText.DraftParagraphs(docx).Should().Equal("One, two, Amara Okafor.");
        report.MissingValues.Should().BeEmpty();
    }

    [Fact]
    public async Task Load_AmbiguousStructuralDeletions_AreRefusedTogetherWithTheirLocations()
    {
        var body = Docx.Paragraph("Intro")
            + $"<w:p><w:pPr><w:rPr><w:del {Id(1)}/></w:rPr></w:pPr>{Docx.Run("Before the table")}</w:p>"
            + Docx.TableOfRows(
                2,
                Docx.Row(string.Empty, Docx.Paragraph("a"), Docx.Paragraph("b")),
                Docx.Row(string.Empty, Docx.Paragraph("c"), Docx.Paragraph("d")))
            .Replace("<w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/></w:tcPr><w:p><w:r><w:t xml:space=\"preserve\">d", $"<w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/><w:cellDel {Id(2)}/></w:tcPr><w:p><w:r><w:t xml:space=\"preserve\">d", StringComparison.Ordinal)
            + Docx.Paragraph("{{ name }}");

        var act = () => Render.LoadAsync(Docx.Package(body), "complaint.docx");

        var errors = (await act.Should().ThrowAsync<TemplateException>()).Which.Diagnostics;
        errors.Select(e => e.ToString()[..e.ToString().IndexOf(" error", StringComparison.Ordinal)]).Should().Equal(
            "complaint.docx/word/document.xml(¶2,0):", "complaint.docx/word/document.xml(¶6,0):");
        errors.Should().AllSatisfy(e => e.Code.Should().Be("PK2015"));
        errors[0].Message.Should().Contain("paragraph mark with no paragraph after it").And.Contain("Accept or reject that change in Word");
        errors[1].Message.Should().Contain("deletion of a table cell");
    }

    private static string Id(int id) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"w:id=\"{id}\" w:author=\"Reviewer\" w:date=\"2026-01-05T10:00:00Z\"");

    private static string DeletedParagraph(int id, string text) =>
        $"<w:p><w:pPr><w:rPr><w:del {Id(id + 100)}/></w:rPr></w:pPr><w:del {Id(id)}><w:r><w:delText>{text}</w:delText></w:r></w:del></w:p>";

    private static List<XElement> BodyParagraphs(byte[] docx) =>
        DocxText.Part(docx, "word/document.xml").Root!.Element(DocxText.W + "body")!.Elements(DocxText.W + "p").ToList();

    private static List<string> RowTexts(byte[] docx) =>
        DocxText.Part(docx, "word/document.xml").Descendants(DocxText.W + "tr")
            .Select(r => string.Join("|", r.Elements(DocxText.W + "tc").Select(c => string.Concat(c.Descendants(DocxText.W + "t").Select(t => t.Value)))))
            .ToList();
}
