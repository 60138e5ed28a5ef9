using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PetitionKit.Word.WordXml;

namespace PetitionKit.Word.Drafting;

/// <summary>Puts the draft marks on a template once, at load: a banner and a watermark at the top of every header
/// in effect, a provenance line at the bottom of every footer in effect, draft document properties, and an
/// (initially empty) comments part for the engine to fill per render.</summary>
/// <remarks>The marks only add: every paragraph, table, field and picture of the template stays where it was.
/// What they add is written by <see cref="WordFragment"/>; the Open XML SDK only finds the parts and places it.
/// Not idempotent: applying twice marks twice.</remarks>
internal static partial class DraftMarker
{
    /// <summary>Marks an editable template package.</summary>
    /// <param name="document">The template, opened for editing.</param>
    /// <param name="marking">The wording of the banner and watermark.</param>
    /// <param name="identity">The template, named in the footer and properties.</param>
    /// <exception cref="ArgumentException">The package has no main document part or no body.</exception>
    public static void Apply(WordprocessingDocument document, DraftMarking marking, TemplateIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(marking);
        ArgumentNullException.ThrowIfNull(identity);
        var main = document.MainDocumentPart
            ?? throw new ArgumentException("The package has no main document part (word/document.xml).", nameof(document));
        var body = main.Document?.Body
            ?? throw new ArgumentException("The main document part has no body.", nameof(document));

        var sections = Sections(body);
        var evenAndOdd = main.DocumentSettingsPart?.Settings?.GetFirstChild<EvenAndOddHeaders>() is { } even
            && StoryParts.IsOn(even.Val);
        var nextShape = FirstFreeShapeNumber(main);

        foreach (var header in StoryParts.Headers(main, sections, evenAndOdd))
        {
            var root = header.Header ??= new Header(WordFragment.EmptyHeader);
            var definesShapeType = root.OuterXml.Contains($"id=\"{WatermarkShape.ShapeTypeId}\"", StringComparison.Ordinal);
            root.PrependChild(new Paragraph(HeaderBanner.ParagraphXml(marking, nextShape++, !definesShapeType)));
        }

        foreach (var footer in StoryParts.Footers(main, sections, evenAndOdd))
        {
            var root = footer.Footer ??= new Footer(WordFragment.EmptyFooter);
            root.AppendChild(new Paragraph(ProvenanceFooter.ParagraphXml(identity)));
        }

        DraftProperties.Apply(document, marking, identity);
        EnsureCommentsPart(main);
    }

    private static List<SectionProperties> Sections(Body body)
    {
        var sections = body.Descendants<SectionProperties>().ToList();
        if (body.LastChild is not SectionProperties)
        {
            // A body without its final w:sectPr still has a last section, laid out with the application's defaults;
            // an empty w:sectPr keeps those defaults and gives the marks a place to be referenced from.
            var last = new SectionProperties(WordFragment.EmptySectionProperties);
            body.AppendChild(last);
            sections.Add(last);
        }

        return sections;
    }

    private static int FirstFreeShapeNumber(MainDocumentPart main)
    {
        // VML shape ids (o:spid="_x0000_s2049") must be unique across the whole package (Word renumbers clashes,
        // other readers may drop a shape). Headers use 2049 and up, as Word numbers them.
        var highest = 2048;
        var parts = new List<OpenXmlPart> { main };
        parts.AddRange(main.HeaderParts);
        parts.AddRange(main.FooterParts);
        if (main.FootnotesPart is { } footnotes)
        {
            parts.Add(footnotes);
        }

        if (main.EndnotesPart is { } endnotes)
        {
            parts.Add(endnotes);
        }

        foreach (var part in parts)
        {
            var xml = part.RootElement?.OuterXml ?? string.Empty;
            foreach (Match match in ShapeNumber().Matches(xml))
            {
                if (int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                {
                    highest = Math.Max(highest, n);
                }
            }
        }

        return highest + 1;
    }

    private static void EnsureCommentsPart(MainDocumentPart main)
    {
        if (main.WordprocessingCommentsPart is { } existing)
        {
            existing.Comments ??= new Comments(WordFragment.EmptyComments);
            return;
        }

        var part = main.AddNewPart<WordprocessingCommentsPart>(RelationshipIds.Next(main));
        part.Comments = new Comments(WordFragment.EmptyComments);
    }

    [GeneratedRegex("_x0000_[si](?<n>[0-9]{1,9})\\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex ShapeNumber();
}
