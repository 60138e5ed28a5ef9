using System.Text;
using System.Xml;
using System.Xml.Linq;
using PetitionKit.Word.WordXml;

namespace PetitionKit.Word.Drafting;

/// <summary>Writes the review checklist as WordprocessingML body content, in the caller's words (<see cref="IReviewMarks"/>).</summary>
/// <remarks>Every top-level element the methods return declares the <c>w</c> namespace (and <c>r</c> where a
/// section's properties need it) itself, so each can be parsed alone or spliced into serialized body XML, where the
/// repeated declaration is harmless. Only direct formatting is used: a template may define no styles at all.
/// Item text is escaped, never read as a template: the checklist is added after evaluation. The markup comes from
/// <see cref="WordFragment"/>.</remarks>
internal static class ChecklistSection
{
    public const string CheckBox = "☐";

    private static readonly XNamespace WNs = WordNamespaces.Main;

    /// <summary>The checklist as a section of its own, to insert just before the body's final <c>w:sectPr</c>.</summary>
    /// <param name="items">The items, in the order they should appear within their group.</param>
    /// <param name="finalSectionPropertiesXml">The body's final <c>w:sectPr</c>, serialized; the <c>w</c> and
    /// <c>r</c> prefixes may be left undeclared.</param>
    /// <returns>An empty paragraph closing the document's last section with a copy of its properties, then the
    /// title, then the items (see <see cref="StandaloneXml"/>).</returns>
    /// <exception cref="ArgumentException">The section properties are not a well-formed <c>w:sectPr</c> element.</exception>
    /// <remarks>A <c>w:pgNumType w:start</c> in the final section restarts page numbers in the checklist too, as
    /// the checklist's section takes the body's final <c>w:sectPr</c>.</remarks>
    /// <param name="marks">The caller's wording; the engine's when null.</param>
    public static string ToBodyXml(IReadOnlyList<ChecklistItem> items, string finalSectionPropertiesXml, IReviewMarks? marks = null) =>
        AppendixXml(Lead(finalSectionPropertiesXml), items, marks ?? ReviewMarks.Generic);

    /// <summary>The checklist as the draft's last section: <paramref name="lead"/>'s section break, then the title, the
    /// key and the items.</summary>
    public static string AppendixXml(ChecklistLead lead, IReadOnlyList<ChecklistItem> items, IReviewMarks marks) =>
        lead.CarrierXml + TitleXml(marks, items, lead.BreakBefore) + ItemsXml(items, marks);

    /// <summary>The checklist as the body of a document of its own: the title, the key and the items.</summary>
    public static string StandaloneXml(IReadOnlyList<ChecklistItem> items, IReviewMarks marks) =>
        TitleXml(marks, items, pageBreakBefore: false) + ItemsXml(items, marks);

    /// <summary>What comes before the title in <see cref="ToBodyXml"/>: the paragraph closing the body's last section,
    /// and whether the title must break the page itself. It depends on the template alone, so a compiled template
    /// makes it once.</summary>
    /// <param name="finalSectionPropertiesXml">The body's final <c>w:sectPr</c>, serialized.</param>
    /// <returns>The lead.</returns>
    /// <exception cref="ArgumentException">The section properties are not a well-formed <c>w:sectPr</c> element.</exception>
    public static ChecklistLead Lead(string finalSectionPropertiesXml)
    {
        ArgumentNullException.ThrowIfNull(finalSectionPropertiesXml);
        var sectionProperties = ParseSectionProperties(finalSectionPropertiesXml);

        // The checklist's own section takes the final w:sectPr, so its type says how the checklist starts; a
        // continuous (or next-column) section would let it run on under the petition's last line.
        var type = (string?)sectionProperties.Element(WNs + "type")?.Attribute(WNs + "val");
        var breakBefore = type is "continuous" or "nextColumn";

        // ECMA-376 Part 1, §17.6.18: a paragraph's w:sectPr ends a section with that paragraph. The copy keeps the
        // petition's last section exactly as it was; the marker paragraph is 1pt tall so it cannot push a page.
        var carrier = WordFragment.Paragraph(
            WordFragment.MainDeclaration + " " + WordFragment.RelationshipsDeclaration,
            "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\" />"
            + "<w:rPr><w:sz w:val=\"2\" /><w:szCs w:val=\"2\" /></w:rPr>"
            + finalSectionPropertiesXml.Trim(),
            string.Empty);

        return new ChecklistLead(carrier, breakBefore);
    }

    /// <summary>The checklist's title paragraph, then its key when the caller has one.</summary>
    /// <param name="marks">The caller's wording.</param>
    /// <param name="items">The items listed under it, for the key.</param>
    /// <param name="pageBreakBefore">Whether the title must start a new page itself.</param>
    /// <returns>One or two <c>w:p</c> elements.</returns>
    public static string TitleXml(IReviewMarks marks, IReadOnlyList<ChecklistItem> items, bool pageBreakBefore)
    {
        var title = ReviewMarks.OrGeneric(marks.ChecklistTitle, () => ReviewMarks.Generic.ChecklistTitle);
        var xml = Paragraph(
            "<w:keepNext/>" + (pageBreakBefore ? "<w:pageBreakBefore/>" : string.Empty)
            + "<w:spacing w:before=\"0\" w:after=\"240\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:left=\"0\" w:right=\"0\" w:firstLine=\"0\"/>",
            "center",
            Run(title, "<w:b/><w:bCs/><w:color w:val=\"C00000\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>"));
        var key = marks.ChecklistKey(items);
        return string.IsNullOrWhiteSpace(key)
            ? xml
            : xml + Paragraph("<w:keepNext/>" + BodySpacing + "<w:ind w:left=\"0\" w:right=\"0\" w:firstLine=\"0\"/>", "left", Run(key, NoteFormat));
    }

    /// <summary>The line a draft carries where its checklist would be, when the checklist is a separate document.</summary>
    /// <param name="itemCount">How many items the separate checklist holds.</param>
    /// <param name="marks">The caller's wording.</param>
    /// <returns>A <c>w:p</c> element.</returns>
    public static string SeparateNoteXml(int itemCount, IReviewMarks marks) =>
        Paragraph(
            "<w:pageBreakBefore/>" + BodySpacing,
            "left",
            Run(ReviewMarks.OrGeneric(marks.SeparateChecklistNote(itemCount), () => ReviewMarks.Generic.SeparateChecklistNote(itemCount)),
                "<w:b/><w:bCs/><w:color w:val=\"C00000\"/>"));

    /// <summary>The items grouped by category under plain headings; empty groups are left out, and with no items
    /// at all a single paragraph says that nothing was flagged.</summary>
    /// <param name="items">The items.</param>
    /// <param name="marks">The caller's words for its data and for the groups' headings.</param>
    /// <returns>Body-level <c>w:p</c> elements.</returns>
    public static string ItemsXml(IReadOnlyList<ChecklistItem> items, IReviewMarks marks)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return Paragraph(BodySpacing + "<w:ind w:left=\"0\" w:right=\"0\" w:firstLine=\"0\"/>", "left", Run(ReviewMarks.OrGeneric(marks.NothingFlagged, () => ReviewMarks.Generic.NothingFlagged), string.Empty));
        }

        var xml = new StringBuilder();
        foreach (var group in items.GroupBy(i => i.Category).OrderBy(g => Rank(g.Key)))
        {
            xml.Append(Paragraph(
                "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:left=\"0\" w:right=\"0\" w:firstLine=\"0\"/>",
                "left",
                Run(Heading(marks, group.Key), "<w:b/><w:bCs/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>")));
            foreach (var item in group)
            {
                xml.Append(ItemXml(item, marks));
            }
        }

        return xml.ToString();
    }

    /// <summary>Where a category's group stands in the checklist, by consequence: blockers and high risks first, then
    /// facts to supply and confirm, risks to weigh and privacy, then citations to verify, then dates and filing
    /// mechanics.</summary>
    public static int Rank(ChecklistCategory category) => category switch
    {
        ChecklistCategory.BeforeYouFile => 0,
        ChecklistCategory.MissingFact => 1,
        ChecklistCategory.Risk => 2,
        ChecklistCategory.TemplateItem => 3,
        ChecklistCategory.Privacy => 4,
        ChecklistCategory.AlteredValue => 5,
        ChecklistCategory.Citation => 6,
        ChecklistCategory.Deadline => 7,
        _ => 8,
    };

    /// <summary>The heading a category is listed under: the caller's, or the engine's where the caller's is blank,
    /// so that no group of items is listed without one.</summary>
    public static string Heading(IReviewMarks marks, ChecklistCategory category) =>
        marks.Heading(category) is { } heading && !string.IsNullOrWhiteSpace(heading) ? heading : ReviewMarks.Generic.Heading(category);

    private const string BodySpacing = "<w:spacing w:before=\"0\" w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/>";
    private const string NoteFormat = "<w:i/><w:iCs/><w:color w:val=\"595959\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>";

    private static string ItemXml(ChecklistItem item, IReviewMarks marks)
    {
        var runs = new StringBuilder()
            // The box is a glyph, not a content control, so that it prints and survives every word processor.
            .Append(Run(CheckBox, "<w:rFonts w:ascii=\"Segoe UI Symbol\" w:hAnsi=\"Segoe UI Symbol\" w:cs=\"Segoe UI Symbol\"/>"))
            .Append(WordFragment.TabRun)
            .Append(Run(item.Text, string.Empty));
        if (!string.IsNullOrWhiteSpace(item.Location))
        {
            runs.Append(WordFragment.BreakRun).Append(Run("Where: " + item.Location, NoteFormat));
        }

        if (!string.IsNullOrWhiteSpace(item.Field))
        {
            runs.Append(WordFragment.BreakRun).Append(Run(marks.FieldLabel + ": " + item.Field, NoteFormat));
        }

        if (!string.IsNullOrWhiteSpace(item.Reference))
        {
            runs.Append(WordFragment.BreakRun).Append(Run("Concerns: " + item.Reference, NoteFormat));
        }

        // A hanging indent lines wrapped text up after the box (Word and LibreOffice put an implicit tab stop there).
        return Paragraph("<w:keepLines/>" + BodySpacing + "<w:ind w:left=\"432\" w:right=\"0\" w:hanging=\"432\"/>", "left", runs.ToString());
    }

    // The properties come in schema order (ECMA-376 Part 1, §17.3.1.26), everything before w:jc.
    private static string Paragraph(string properties, string justification, string runs) =>
        WordFragment.Paragraph(WordFragment.MainDeclaration, properties, runs, justification);

    private static string Run(string text, string properties) => WordFragment.FormattedRun(text, properties);

    /// <summary>Reads the final section properties, which the carrier paragraph copies as they were written: one
    /// <c>w:sectPr</c> element and nothing else, with only the <c>w</c> and <c>r</c> prefixes left undeclared, since
    /// the carrier declares those two.</summary>
    private static XElement ParseSectionProperties(string finalSectionPropertiesXml)
    {
        var names = new NameTable();
        var namespaces = new XmlNamespaceManager(names);
        namespaces.AddNamespace("w", WordNamespaces.Main);
        namespaces.AddNamespace("r", WordNamespaces.Relationships);
        var context = new XmlParserContext(names, namespaces, null, XmlSpace.None);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, ConformanceLevel = ConformanceLevel.Fragment };
        XElement? element = null;
        var alone = true;
        try
        {
            using var reader = XmlReader.Create(new StringReader(finalSectionPropertiesXml), settings, context);
            SkipWhitespace(reader);
            if (reader.NodeType == XmlNodeType.Element)
            {
                element = (XElement)XNode.ReadFrom(reader);
                SkipWhitespace(reader);
                alone = reader.EOF;
            }
        }
        catch (XmlException exception)
        {
            throw new ArgumentException(
                "The final section properties are not well-formed XML (only the w and r prefixes may be left undeclared).", nameof(finalSectionPropertiesXml), exception);
        }

        if (element is null || !alone || element.Name != WNs + "sectPr")
        {
            throw new ArgumentException("The final section properties must be the body's final w:sectPr element.", nameof(finalSectionPropertiesXml));
        }

        return element;
    }

    private static void SkipWhitespace(XmlReader reader)
    {
        if (reader.ReadState == ReadState.Initial)
        {
            reader.Read();
        }

        while (reader.NodeType is XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace && reader.Read())
        {
        }
    }
}
