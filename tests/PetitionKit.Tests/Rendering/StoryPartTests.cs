using DocumentFormat.OpenXml.Packaging;
using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.Rendering;

public sealed class StoryPartTests
{
    private const string Data = """{"lawsuit": {"number": "1:26-cv-00042", "title": "Okafor v. Director"}, "agency": "USCIS", "names": ["Ana", "Ben"]}""";

    [Fact]
    public async Task Render_TagsInHeaderFooterAndFootnotes_AreRendered()
    {
        var body = "<w:p><w:r><w:t>Body</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>";
        var footnote = "<w:footnote w:id=\"1\"><w:p><w:r><w:t xml:space=\"preserve\">See the {{ agency }} notice.</w:t></w:r></w:p></w:footnote>";
        var docx = Docx.Package(body, Docx.Paragraph("Case No. ", "{{ lawsuit.number }}"), Docx.Paragraph("{{ lawsuit.title }}"), footnote);

        var (draft, _) = await Render.DocxAsync(docx, Data);

        OpenXmlValidation.ShouldBeValid(draft);
        var parts = DocxText.PartNames(draft);
        string.Join("\n", parts.Where(p => p.Contains("header", StringComparison.Ordinal)).SelectMany(p => DocxText.Paragraphs(draft, p))).Should().Contain("Case No. 1:26-cv-00042");
        string.Join("\n", parts.Where(p => p.Contains("footer", StringComparison.Ordinal)).SelectMany(p => DocxText.Paragraphs(draft, p))).Should().Contain("Okafor v. Director");
        DocxText.Paragraphs(draft, "word/footnotes.xml").Should().Contain("See the USCIS notice.");
    }

    [Fact]
    public async Task Render_TagsInNestedTablesAndTextBoxes_AreRendered()
    {
        var inner = Docx.Table([Docx.Paragraph("{{ for n in names }}{{ n }}"), Docx.Paragraph("{{ end }}")]);
        var textBox = "<w:p><w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\" id=\"tb1\" style=\"width:100pt;height:40pt\"><v:textbox><w:txbxContent>"
            + Docx.Paragraph("Agency: {{ agency }}") + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r><w:r><w:t xml:space=\"preserve\"> outer {{ lawsuit.number }}</w:t></w:r></w:p>";
        var body = Docx.Table([inner + Docx.Paragraph("")]) + textBox;

        var (draft, _) = await Render.DocxAsync(Docx.Package(body), Data);

        OpenXmlValidation.ShouldBeValid(draft);
        var paragraphs = DocxText.Part(draft, "word/document.xml").Descendants(DocxText.W + "p").Select(DocxText.ParagraphText).ToList();
        paragraphs.Should().Contain("Agency: USCIS").And.Contain(" outer 1:26-cv-00042").And.Contain("Ana").And.Contain("Ben");
    }

    [Fact]
    public async Task Render_TagsInCoreProperties_AreRenderedEscapedOnOneLine()
    {
        var docx = Docx.Package(Docx.Paragraph("x"));
        using (var stream = new MemoryStream())
        {
            stream.Write(docx);
            using (var document = WordprocessingDocument.Open(stream, true))
            {
                document.PackageProperties.Title = "Complaint — {{ lawsuit.title }}";
                document.PackageProperties.Subject = "{{ agency }} & delay";
                document.PackageProperties.Keywords = "mandamus; {{ lawsuit.number }}";
                document.PackageProperties.Description = "Missing: {{ nothing.here }}";
            }

            docx = stream.ToArray();
        }

        var (draft, report) = await Render.DocxAsync(docx, Data);

        using var output = WordprocessingDocument.Open(new MemoryStream(draft), false);
        output.PackageProperties.Title.Should().Be("Complaint — Okafor v. Director");
        output.PackageProperties.Subject.Should().Be("USCIS & delay");
        output.PackageProperties.Keywords.Should().Be("mandamus; 1:26-cv-00042");
        output.PackageProperties.Description.Should().Contain("Missing: [MISSING: nothing.here]");
        report.MissingValues.Should().ContainSingle(m => string.Equals(m.Location.PartDescription, "document properties", StringComparison.Ordinal));
    }
}
