using System.Xml.Linq;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Tests.Drafting;

public sealed class ChecklistSectionTests
{
    private const string FinalSection =
        "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId9\"/><w:pgSz w:w=\"15840\" w:h=\"12240\" w:orient=\"landscape\"/></w:sectPr>";

    private static readonly ChecklistItem[] Items =
    [
        new(ChecklistCategory.Citation, "Verify Telecommunications Research & Action Center v. FCC, 750 F.2d 70 (D.C. Cir. 1984).", Reference: "trac-1984"),
        new(ChecklistCategory.MissingFact, "The receipt date is missing.", "¶14 under “STATEMENT OF FACTS” — “The Petitioner, …”", "{{ delay.receipt_date }}"),
        new(ChecklistCategory.MissingFact, "The service center is missing.", "¶15"),
        new(ChecklistCategory.Privacy, "Date of birth reduced to the year (Fed. R. Civ. P. 5.2(a)(2))."),
    ];

    [Fact]
    public void ToBodyXml_Items_ListsThemUnderPlainHeadingsInRankOrderWithoutEmptyGroups()
    {
        var texts = Texts(ChecklistSection.ToBodyXml(Items, FinalSection));

        texts.Should().Equal(
            string.Empty,
            "Review checklist — remove before use",
            "Missing facts",
            "☐\tThe receipt date is missing.\nWhere: ¶14 under “STATEMENT OF FACTS” — “The Petitioner, …”\nConcerns: {{ delay.receipt_date }}",
            "☐\tThe service center is missing.\nWhere: ¶15",
            "Privacy",
            "☐\tDate of birth reduced to the year (Fed. R. Civ. P. 5.2(a)(2)).",
            "Sources to verify",
            "☐\tVerify Telecommunications Research & Action Center v. FCC, 750 F.2d 70 (D.C. Cir. 1984).\nConcerns: trac-1984");
    }

    [Fact]
    public void ToBodyXml_NoItems_SaysNothingWasFlagged()
    {
        var texts = Texts(ChecklistSection.ToBodyXml([], FinalSection));

        texts.Should().Equal(string.Empty, "Review checklist — remove before use", "Nothing was flagged. Review the whole document before use.");
    }

    [Fact]
    public void ToBodyXml_FinalSection_IsCopiedIntoTheFirstParagraphSoTheLastSectionKeepsItsSetup()
    {
        var paragraphs = Parse(ChecklistSection.ToBodyXml(Items, FinalSection));

        var copy = paragraphs[0].Element(DocxText.W + "pPr")!.Element(DocxText.W + "sectPr")!;
        copy.Element(DocxText.W + "pgSz")!.Attribute(DocxText.W + "orient")!.Value.Should().Be("landscape");
        copy.Element(DocxText.W + "headerReference")!.Attribute(XName.Get("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"))!.Value.Should().Be("rId9");
        paragraphs.Skip(1).Should().OnlyContain(p => !p.Descendants(DocxText.W + "sectPr").Any());
        paragraphs[1].Descendants(DocxText.W + "pageBreakBefore").Should().BeEmpty("a next-page section already starts on a new page");
    }

    [Fact]
    public void ToBodyXml_ContinuousFinalSection_BreaksThePageBeforeTheTitle()
    {
        var paragraphs = Parse(ChecklistSection.ToBodyXml([], "<w:sectPr><w:type w:val=\"continuous\"/></w:sectPr>"));

        paragraphs[1].Descendants(DocxText.W + "pageBreakBefore").Should().ContainSingle();
    }

    [Theory]
    [InlineData("<w:p/>")]
    [InlineData("<w:sectPr><x:y/></w:sectPr>")]
    public void ToBodyXml_NotASectionProperties_ThrowsArgumentException(string xml)
    {
        var act = () => ChecklistSection.ToBodyXml([], xml);

        act.Should().Throw<ArgumentException>().WithMessage("*section properties*");
    }

    [Fact]
    public void ItemsXml_TextWithMarkupAndInvalidCharacters_IsEscapedAndCleaned()
    {
        var texts = Texts(ChecklistSection.ItemsXml([new ChecklistItem(ChecklistCategory.Risk, "A <b> & \"c\"\u0001 risk", "¶1 <x>")], ReviewMarks.Generic));

        texts.Should().Equal("Risks to weigh", "☐\tA <b> & \"c\" risk\nWhere: ¶1 <x>");
    }

    [Fact]
    public void ItemsXml_CallersMarks_NameTheGroupsAndTheFieldAndABlankHeadingIsTheEngines()
    {
        var items = new List<ChecklistItem>
        {
            new(ChecklistCategory.Citation, "Verify the statute.") { Field = "duty.source" },
            new(ChecklistCategory.Risk, "Weigh the venue."),
        };

        var texts = Texts(ChecklistSection.ItemsXml(items, new CallerMarks()));

        texts.Should().Equal("Weigh these", "☐\tWeigh the venue.", "Sources to verify", "☐\tVerify the statute.\nCase field: duty.source");
    }

    [Fact]
    public async Task ToBodyXml_AppendedToAMarkedDraft_StartsOnItsOwnMarkedPage()
    {
        var draft = DraftingDocx.Mark(DraftingDocx.Package(
        [
            new SectionSpec(DraftingDocx.Filler("Body", 1)) { DefaultHeader = Docx.Paragraph("CASE HEADER"), DefaultFooter = Docx.Paragraph("CASE FOOTER") },
        ]));

        var withChecklist = DraftingDocx.EvaluateDraftTags(ChecklistInsertion.AsAppendix(draft, Items));

        OpenXmlValidation.ShouldBeValid(withChecklist);
        var pages = await MarkedPages.TextsAsync(await LibreOffice.ConvertToPdfAsync(withChecklist, "appendix"));
        MarkedPages.ShouldAllBeMarked(pages);
        var first = pages.ToList().FindIndex(p => p.Contains(ReviewMarks.Generic.ChecklistTitle, StringComparison.Ordinal));
        first.Should().BeGreaterThan(0);
        pages.Take(first).Should().OnlyContain(p => !p.Contains('☐', StringComparison.Ordinal) && p.Contains("Body paragraph", StringComparison.Ordinal));
        var checklist = string.Concat(pages.Skip(first));
        checklist.Should().NotContain("Body paragraph", "the checklist starts on a page of its own");
        checklist.Should().Contain("Missing facts").And.Contain("☐").And.Contain("The receipt date is missing.")
            .And.Contain("Sources to verify").And.Contain("Privacy").And.Contain("CASE HEADER").And.Contain("CASE FOOTER");
    }

    [Fact]
    public async Task ToBodyXml_AfterAContinuousLastSectionWithNoItems_StillStartsANewPage()
    {
        var template = Docx.Package(Docx.Paragraph("Short petition."));
        var continuous = DraftingDocx.Mark(ChecklistInsertion.Edit(template, body =>
            body.Elements<DocumentFormat.OpenXml.Wordprocessing.SectionProperties>().Last()
                .PrependChild(new DocumentFormat.OpenXml.Wordprocessing.SectionType { Val = DocumentFormat.OpenXml.Wordprocessing.SectionMarkValues.Continuous })));

        var withChecklist = DraftingDocx.EvaluateDraftTags(ChecklistInsertion.AsAppendix(continuous, []));

        OpenXmlValidation.ShouldBeValid(withChecklist);
        var pages = await MarkedPages.TextsAsync(await LibreOffice.ConvertToPdfAsync(withChecklist, "continuous"));
        pages.Should().HaveCount(2);
        MarkedPages.ShouldAllBeMarked(pages);
        pages[0].Should().Contain("Short petition.").And.NotContain(ReviewMarks.Generic.ChecklistTitle);
        pages[1].Should().Contain(ReviewMarks.Generic.ChecklistTitle).And.Contain(ReviewMarks.Generic.NothingFlagged);
    }

    private static List<XElement> Parse(string bodyXml) => XElement.Parse($"<fragment>{bodyXml}</fragment>").Elements().ToList();

    private static List<string> Texts(string bodyXml) => Parse(bodyXml).Select(DocxText.ParagraphText).ToList();

    private sealed class CallerMarks : ReviewMarks
    {
        public override string FieldLabel => "Case field";

        public override string Heading(ChecklistCategory category) => category == ChecklistCategory.Risk ? "Weigh these" : " ";
    }
}
