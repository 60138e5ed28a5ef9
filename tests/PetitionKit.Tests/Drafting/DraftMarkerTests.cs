using System.IO.Compression;
using System.Xml.Linq;
using PetitionKit.Petitions;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Tests.Drafting;

public sealed class DraftMarkerTests
{
    private static readonly XNamespace W = DocxText.W;
    private static readonly XNamespace V = "urn:schemas-microsoft-com:vml";
    private static readonly XNamespace O = "urn:schemas-microsoft-com:office:office";

    [Fact]
    public void Apply_HeaderSharedByTwoSections_MarksItOnce()
    {
        var template = DraftingDocx.Package(
        [
            new SectionSpec(Docx.Paragraph("One")) { DefaultHeader = Docx.Paragraph("Shared header") },
            new SectionSpec(Docx.Paragraph("Two")) { ShareHeaderWith = 0 },
        ]);

        var draft = DraftingDocx.Mark(template);

        var headers = HeaderParts(draft);
        headers.Should().ContainSingle();
        DocxText.Paragraphs(draft, headers[0]).Should().Equal(DraftMarking.Default.BannerText, "Shared header");
    }

    [Fact]
    public void Apply_HeaderWithContent_KeepsEveryOriginalElementInOrderBelowTheBanner()
    {
        var original = Docx.Paragraph("CASE ", "HEADER") + Docx.Table([Docx.Paragraph("Cell A"), Docx.Paragraph("Cell B")])
            + Docx.Paragraph("Seal: ").Replace("</w:p>", DraftingDocx.Picture + "</w:p>", StringComparison.Ordinal);
        var template = DraftingDocx.Package([new SectionSpec(Docx.Paragraph("Body")) { DefaultHeader = original, DefaultFooter = Docx.Paragraph("Own footer") }]);

        var draft = DraftingDocx.Mark(template);

        var before = DocxText.Part(template, "word/header1.xml").Root!.Elements().Select(e => e.ToString()).ToList();
        var after = DocxText.Part(draft, "word/header1.xml").Root!.Elements().Select(e => e.ToString()).ToList();
        after.Should().HaveCount(before.Count + 1);
        after.Skip(1).Should().Equal(before);
        var footer = DocxText.Paragraphs(draft, "word/footer1.xml");
        footer.Should().HaveCount(2);
        footer[0].Should().Be("Own footer");
        footer[1].Should().Be("Draft from template uscis-delay.docx (1.2) · as of {{ draft.as_of_text }} · Page 1 of 1");
    }

    [Fact]
    public void Apply_SeveralHeadersAndAnExistingShape_GivesEveryWatermarkItsOwnShapeId()
    {
        var existingShape = "<w:r><w:pict><v:rect xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" id=\"Box\" o:spid=\"_x0000_s2051\" style=\"width:20pt;height:20pt\"/></w:pict></w:r>";
        var template = DraftingDocx.Package(
            [
                new SectionSpec(Docx.Paragraph("One"))
                {
                    DefaultHeader = Docx.Paragraph("Default").Replace("</w:p>", existingShape + "</w:p>", StringComparison.Ordinal),
                    TitlePage = true,
                },
                new SectionSpec(Docx.Paragraph("Two")) { DefaultHeader = Docx.Paragraph("Second") },
            ],
            evenAndOdd: true);

        var draft = DraftingDocx.Mark(template);

        // Default (section one), first and even (created, section one), default of section two.
        var headers = HeaderParts(draft);
        headers.Should().HaveCount(4);
        var shapes = headers.SelectMany(h => DocxText.Part(draft, h).Descendants(V + "shape")).ToList();
        shapes.Should().HaveCount(4);
        var spids = shapes.Select(s => (string)s.Attribute(O + "spid")!).ToList();
        spids.Should().OnlyHaveUniqueItems().And.NotContain("_x0000_s2051");
        spids.Select(s => int.Parse(s["_x0000_s".Length..], System.Globalization.CultureInfo.InvariantCulture)).Should().OnlyContain(n => n > 2051);
        shapes.Select(s => (string)s.Attribute("id")!).Should().OnlyHaveUniqueItems().And.OnlyContain(id => id.StartsWith("PowerPlusWaterMarkObject", StringComparison.Ordinal));
        shapes.Should().OnlyContain(s => (string)s.Attribute("type")! == "#_x0000_t136" && ((string)s.Attribute("style")!).Contains("rotation:315", StringComparison.Ordinal));
        shapes.Select(s => (string)s.Element(V + "textpath")!.Attribute("string")!).Should().OnlyContain(t => t == "DRAFT");
        OpenXmlValidation.ShouldBeValid(draft);
    }

    [Fact]
    public void Apply_SameTemplateTwice_WritesTheSamePartsWithTheSameContent()
    {
        var template = DraftingDocx.Package([new SectionSpec(Docx.Paragraph("One")) { TitlePage = true }, new SectionSpec(Docx.Paragraph("Two"))]);

        var first = Entries(DraftingDocx.Mark(template));
        var second = Entries(DraftingDocx.Mark(template));

        second.Keys.Should().BeEquivalentTo(first.Keys);
        foreach (var (name, content) in first)
        {
            second[name].Should().Be(content, $"{name} must not depend on anything but the template");
        }
    }

    [Fact]
    public void Apply_Properties_MarkTheDraftAndNameTheTemplateOnly()
    {
        var template = Docx.Package(Docx.Paragraph("Body"));
        var identity = TemplateIdentity.FromBytes("uscis-delay.docx", null, template);

        var draft = DraftingDocx.Mark(template, version: null);

        var core = DocxText.Part(draft, CorePartName(draft)).Root!;
        XNamespace cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        core.Element(cp + "contentStatus")!.Value.Should().Be("Review Draft");
        core.Element(cp + "category")!.Value.Should().Be("Draft — review before use");
        core.Element(dc + "description")!.Value.Should().Be("Draft — review before use.");
        core.Element(dc + "title")!.Value.Should().Be("Test template", "the template's title is kept");
        CustomProperties(draft).Should().Equal(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PetitionKit.Template"] = "uscis-delay.docx",
            ["PetitionKit.TemplateHash"] = identity.ContentHash,
            ["PetitionKit.AsOf"] = "{{ draft.as_of }}",
        });
        DocxText.Paragraphs(draft, "word/footer1.xml").Should().ContainSingle()
            .Which.Should().StartWith($"Draft from template uscis-delay.docx ({identity.ContentHash[..12]}) · as of");
        OpenXmlValidation.ShouldBeValid(draft);
    }

    [Fact]
    public void Apply_PetitionMarking_WritesTheAttorneyReviewStatusAndNotice()
    {
        var draft = DraftingDocx.Mark(Docx.Package(Docx.Paragraph("Body")), PetitionReviewMarks.Marking);

        var core = DocxText.Part(draft, CorePartName(draft)).Root!;
        XNamespace cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        core.Element(cp + "contentStatus")!.Value.Should().Be("Attorney Review Draft");
        core.Element(cp + "category")!.Value.Should().Be("Attorney review draft — not for filing");
        core.Element(dc + "description")!.Value.Should().Be("Attorney review draft — not for filing.");
    }

    [Fact]
    public void Apply_TemplateDescriptionAndCustomProperties_AreKept()
    {
        var template = WithProperties(Docx.Package(Docx.Paragraph("Body")), "Complaint for {{ case.kind }}", ("Office", "Legal aid"));

        var draft = DraftingDocx.Mark(template);

        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        DocxText.Part(draft, CorePartName(draft)).Root!.Element(dc + "description")!.Value
            .Should().Be("Draft — review before use. Complaint for {{ case.kind }}");
        var custom = CustomProperties(draft);
        custom.Should().Contain("Office", "Legal aid").And.Contain("PetitionKit.TemplateVersion", "1.2");
        OpenXmlValidation.ShouldBeValid(draft);
    }

    [Fact]
    public void Apply_PropertiesAlreadySet_AreReplacedWhereTheyStandAndKeepTheirIds()
    {
        var template = WithProperties(Docx.Package(Docx.Paragraph("Body")), "Complaint", ("Office", "Legal aid"));
        var once = DraftingDocx.Mark(template);

        var twice = DraftingDocx.Mark(once, name: "second.docx");

        XNamespace cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        var core = DocxText.Part(twice, CorePartName(twice)).Root!;
        core.Elements().Select(e => e.Name.LocalName).Should().Equal(
            DocxText.Part(once, CorePartName(once)).Root!.Elements().Select(e => e.Name.LocalName), "each property is set where it stood");
        core.Elements(cp + "contentStatus").Should().ContainSingle().Which.Value.Should().Be("Review Draft");
        XNamespace custom = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
        var pids = DocxText.Part(twice, "docProps/custom.xml").Root!.Elements(custom + "property")
            .Select(p => $"{(string)p.Attribute("pid")!} {(string)p.Attribute("name")!}={p.Value}");
        pids.Should().Equal(
            "2 Office=Legal aid",
            "3 PetitionKit.Template=second.docx",
            "4 PetitionKit.TemplateVersion=1.2",
            $"5 PetitionKit.TemplateHash={TemplateIdentity.FromBytes("second.docx", "1.2", once).ContentHash}",
            "6 PetitionKit.AsOf={{ draft.as_of }}");
        OpenXmlValidation.ShouldBeValid(twice);
    }

    [Fact]
    public void Apply_NameWithTagsAndMarkup_IsPrintedInertAndEscaped()
    {
        var template = Docx.Package(Docx.Paragraph("Body"));

        var draft = DraftingDocx.Mark(template, new DraftMarking { BannerText = "DRAFT {{ x }} <b> & co" }, name: "{{ evil }}<&>.docx", version: "v{{1}}");

        DocxText.Paragraphs(draft, "word/header1.xml").Should().Equal("DRAFT (( x )) <b> & co");
        DocxText.Paragraphs(draft, "word/footer1.xml").Single().Should().StartWith("Draft from template (( evil ))<&>.docx (v((1))) · as of {{ draft.as_of_text }}");
        CustomProperties(draft)["PetitionKit.Template"].Should().Be("(( evil ))<&>.docx");
        OpenXmlValidation.ShouldBeValid(draft);
    }

    [Fact]
    public void Apply_ExistingComments_AreKeptAndAPackageWithoutCommentsGetsAnEmptyPart()
    {
        var existing = $"<w:comments {Docx.Ns}><w:comment w:id=\"3\" w:author=\"Reviewer\"><w:p><w:r><w:t>Keep me</w:t></w:r></w:p></w:comment></w:comments>";
        var withComments = DraftingDocx.Package([new SectionSpec(Docx.Paragraph("Body"))], commentsXml: existing);
        var without = Docx.Package(Docx.Paragraph("Body"));

        var kept = DraftingDocx.Mark(withComments);
        var added = DraftingDocx.Mark(without);

        DocxText.Part(kept, "word/comments.xml").Root!.Elements(W + "comment").Should().ContainSingle()
            .Which.Value.Should().Be("Keep me");
        DocxText.Part(added, "word/comments.xml").Root!.Name.Should().Be(W + "comments");
        DocxText.Part(added, "word/comments.xml").Root!.Elements().Should().BeEmpty();
        OpenXmlValidation.ShouldBeValid(added);
    }

    [Fact]
    public void Apply_FirstSectionWithoutHeaders_GetsNewOnesThatLaterUnlinkedSectionsInherit()
    {
        var template = DraftingDocx.Package(
        [
            new SectionSpec(Docx.Paragraph("One")),
            new SectionSpec(Docx.Paragraph("Two")) { DefaultHeader = Docx.Paragraph("Own header two") },
            new SectionSpec(Docx.Paragraph("Three")),
        ]);

        var draft = DraftingDocx.Mark(template);

        var sections = DocxText.Part(draft, "word/document.xml").Descendants(W + "sectPr").ToList();
        sections.Select(s => s.Elements(W + "headerReference").Count()).Should().Equal(1, 1, 0);
        sections.Select(s => s.Elements(W + "footerReference").Count()).Should().Equal(1, 0, 0);
        sections[0].Elements().First().Name.Should().Be(W + "footerReference", "references lead w:sectPr");
        HeaderParts(draft).Select(h => DocxText.Paragraphs(draft, h)[0]).Should().OnlyContain(t => t == DraftMarking.Default.BannerText);
        OpenXmlValidation.ShouldBeValid(draft);
    }

    [Fact]
    public void Apply_HeaderWithTheTemplatesOwnWordWatermark_DefinesTheShapeTypeOnceAndKeepsBoth()
    {
        var ownWatermark = "<w:p xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w10=\"urn:schemas-microsoft-com:office:word\">"
            + WatermarkShape.RunXml("CONFIDENTIAL", 2049, defineShapeType: true) + "</w:p>";
        var template = DraftingDocx.Package([new SectionSpec(Docx.Paragraph("Body")) { DefaultHeader = ownWatermark }]);

        var draft = DraftingDocx.Mark(template);

        var header = DocxText.Part(draft, "word/header1.xml");
        header.Descendants(V + "shapetype").Should().ContainSingle();
        header.Descendants(V + "textpath").Select(t => (string?)t.Attribute("string")).Where(t => t is not null)
            .Should().Equal("DRAFT", "CONFIDENTIAL");
        header.Descendants(V + "shape").Select(s => (string)s.Attribute(O + "spid")!).Should().Equal("_x0000_s2050", "_x0000_s2049");
        OpenXmlValidation.ShouldBeValid(draft);
    }

    [Fact]
    public void Apply_BodyWithoutFinalSectionProperties_AddsThemWithTheMarksReferenced()
    {
        var template = ChecklistInsertion.Edit(Docx.Package(Docx.Paragraph("Body")), body =>
            body.Elements<DocumentFormat.OpenXml.Wordprocessing.SectionProperties>().Single().Remove());

        var draft = DraftingDocx.Mark(template);

        var body = DocxText.Part(draft, "word/document.xml").Root!.Element(W + "body")!;
        var last = body.Elements().Last();
        last.Name.Should().Be(W + "sectPr");
        last.Elements().Select(e => e.Name.LocalName).Should().BeEquivalentTo("headerReference", "footerReference");
        DocxText.Paragraphs(draft, "word/header1.xml").Should().Equal(DraftMarking.Default.BannerText);
        OpenXmlValidation.ShouldBeValid(draft);
    }

    private static List<string> HeaderParts(byte[] docx) =>
        DocxText.PartNames(docx).Where(n => n.StartsWith("word/header", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

    private static string CorePartName(byte[] docx) =>
        DocxText.PartNames(docx).Single(n => n.EndsWith("core.xml", StringComparison.Ordinal) || n.EndsWith(".psmdcp", StringComparison.Ordinal));

    private static Dictionary<string, string> CustomProperties(byte[] docx)
    {
        XNamespace custom = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
        return DocxText.Part(docx, "docProps/custom.xml").Root!.Elements(custom + "property")
            .ToDictionary(p => (string)p.Attribute("name")!, p => p.Elements().Single().Value, StringComparer.Ordinal);
    }

    private static Dictionary<string, string> Entries(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(
            e => e.FullName,
            e =>
            {
                using var reader = new StreamReader(e.Open());
                return reader.ReadToEnd();
            },
            StringComparer.Ordinal);
    }

    private static byte[] WithProperties(byte[] docx, string description, (string Name, string Value) custom)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, true))
        {
            document.PackageProperties.Description = description;
            var part = document.AddCustomFilePropertiesPart();
            part.Properties = new DocumentFormat.OpenXml.CustomProperties.Properties(
                "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
                + $"<property fmtid=\"{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}\" pid=\"2\" name=\"{custom.Name}\"><vt:lpwstr>{custom.Value}</vt:lpwstr></property></Properties>");
        }

        return stream.ToArray();
    }
}
