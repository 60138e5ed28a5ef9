using System.Xml.Linq;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Tests.Drafting;

public sealed class ChecklistDocumentTests
{
    [Fact]
    public void CreateTemplatePackage_CalledTwice_GivesTheSameValidOneSectionLetterPackage()
    {
        var first = ChecklistDocument.CreateTemplatePackage();
        var second = ChecklistDocument.CreateTemplatePackage();

        second.Should().Equal(first);
        OpenXmlValidation.ShouldBeValid(first);
        DocxText.Paragraphs(first).Should().BeEmpty("a render writes the title in its caller's words");
        var section = DocxText.Part(first, "word/document.xml").Descendants(DocxText.W + "sectPr").Should().ContainSingle().Subject;
        Attributes(section.Element(DocxText.W + "pgSz")!).Should().Contain("w", "12240").And.Contain("h", "15840");
        Attributes(section.Element(DocxText.W + "pgMar")!).Should().Contain("top", "1440").And.Contain("right", "1440")
            .And.Contain("bottom", "1440").And.Contain("left", "1440");
    }

    [Fact]
    public void CreateTemplatePackage_MarkedTwice_AddsTheSameFixedParts()
    {
        var template = ChecklistDocument.CreateTemplatePackage();

        var first = DraftingDocx.Mark(template, name: "checklist");
        var second = DraftingDocx.Mark(template, name: "checklist");

        DocxText.PartNames(first).Should().Contain(["docProps/core.xml", "docProps/custom.xml", "word/header1.xml", "word/footer1.xml", "word/comments.xml"]);
        DocxText.PartNames(second).Should().Equal(DocxText.PartNames(first));
        foreach (var name in DocxText.PartNames(first).Where(n => n.EndsWith(".xml", StringComparison.Ordinal) || n.EndsWith(".rels", StringComparison.Ordinal)))
        {
            DocxText.Part(second, name).ToString().Should().Be(DocxText.Part(first, name).ToString(), name);
        }

        OpenXmlValidation.ShouldBeValid(first);
    }

    [Fact]
    public async Task CreateTemplatePackage_MarkedWithItems_PrintsAMarkedChecklist()
    {
        var marked = DraftingDocx.Mark(ChecklistDocument.CreateTemplatePackage(), name: "checklist");
        ChecklistItem[] items =
        [
            new(ChecklistCategory.Deadline, "Calendar the 90-day service deadline (Fed. R. Civ. P. 4(m))."),
            new(ChecklistCategory.TemplateItem, "Confirm the local-rule formatting profile.", "Caption"),
        ];

        var document = DraftingDocx.EvaluateDraftTags(ChecklistInsertion.Standalone(marked, items));

        OpenXmlValidation.ShouldBeValid(document);
        var pages = await MarkedPages.TextsAsync(await LibreOffice.ConvertToPdfAsync(document, "checklist"));
        MarkedPages.ShouldAllBeMarked(pages, "Draft from template checklist (1.2)");
        var text = string.Concat(pages);
        text.Should().Contain(ReviewMarks.Generic.ChecklistTitle).And.Contain("Items to confirm").And.Contain("Dates to confirm")
            .And.Contain("Where: Caption");
        text.Should().MatchRegex(@"☐\s+Calendar the 90-day service deadline");
        text.IndexOf("Items to confirm", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("Dates to confirm", StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Attributes(XElement element) =>
        element.Attributes().ToDictionary(a => a.Name.LocalName, a => a.Value, StringComparer.Ordinal);
}
