using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PetitionKit.Word.Loading;
using PetitionKit.Word.WordXml;

namespace PetitionKit.Word.Drafting;

/// <summary>Puts the draft marks on a template once, at load: a banner and a watermark at the top of every header
/// in effect, a provenance line at the bottom of every footer in effect, draft document properties, and an
/// (initially empty) comments part for the engine to fill per render.</summary>
/// <remarks>The marks only add: every paragraph, table, field and picture of the template stays where it was.
/// What they add is written by <see cref="WordFragment"/>. The main document is edited as text
/// (<see cref="MainDocumentText"/>) and never loaded into the Open XML SDK's model; the SDK keeps the package's parts
/// and relationships, and places the banner and footer in the headers and footers.
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
        var main = document.MainDocumentPart
            ?? throw new ArgumentException("The package has no main document part (word/document.xml).", nameof(document));
        var text = MainDocumentText.Read(ReadBytes(main));
        if (!text.HasBody)
        {
            throw new ArgumentException("The main document part has no body.", nameof(document));
        }

        Apply(document, text, marking, identity);
    }

    /// <summary>Marks an editable template package whose main document has been read.</summary>
    /// <param name="document">The template, opened for editing.</param>
    /// <param name="text">Its main document's text, with a body.</param>
    /// <param name="marking">The wording of the banner and watermark.</param>
    /// <param name="identity">The template, named in the footer and properties.</param>
    public static void Apply(WordprocessingDocument document, MainDocumentText text, DraftMarking marking, TemplateIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(marking);
        ArgumentNullException.ThrowIfNull(identity);
        var main = document.MainDocumentPart
            ?? throw new ArgumentException("The package has no main document part (word/document.xml).", nameof(document));

        var evenAndOdd = EvenAndOddHeaders(main.DocumentSettingsPart);
        var nextShape = FirstFreeShapeNumber(main, text);

        foreach (var header in StoryParts.Headers(main, text, evenAndOdd))
        {
            var root = header.Header ??= new Header(WordFragment.EmptyHeader);
            var definesShapeType = root.OuterXml.Contains($"id=\"{WatermarkShape.ShapeTypeId}\"", StringComparison.Ordinal);
            root.PrependChild(new Paragraph(HeaderBanner.ParagraphXml(marking, nextShape++, !definesShapeType)));
        }

        foreach (var footer in StoryParts.Footers(main, text, evenAndOdd))
        {
            var root = footer.Footer ??= new Footer(WordFragment.EmptyFooter);
            root.AppendChild(new Paragraph(ProvenanceFooter.ParagraphXml(identity)));
        }

        if (text.Changed)
        {
            using var stream = main.GetStream(FileMode.Create, FileAccess.Write);
            stream.Write(text.ToBytes());
        }

        DraftProperties.Apply(document, marking, identity);
        EnsureCommentsPart(main);
    }

    /// <summary>A part's bytes as stored, without loading it into the Open XML SDK's model.</summary>
    internal static byte[] ReadBytes(OpenXmlPart part)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static bool EvenAndOddHeaders(DocumentSettingsPart? settings)
    {
        if (settings is null)
        {
            return false;
        }

        // Only a child of w:settings counts, the first one, as the SDK's typed model read it.
        using var reader = XmlReader.Create(new MemoryStream(ReadBytes(settings), writable: false), PackageReader.SafeXml);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth == 1
                && string.Equals(reader.LocalName, "evenAndOddHeaders", StringComparison.Ordinal)
                && string.Equals(reader.NamespaceURI, WordNamespaces.Main, StringComparison.Ordinal))
            {
                return StoryParts.IsOn(reader.GetAttribute("val", WordNamespaces.Main));
            }
        }

        return false;
    }

    private static int FirstFreeShapeNumber(MainDocumentPart main, MainDocumentText text)
    {
        // VML shape ids (o:spid="_x0000_s2049") must be unique across the whole package (Word renumbers clashes,
        // other readers may drop a shape). Headers use 2049 and up, as Word numbers them.
        var texts = new List<string> { text.OriginalText };
        var parts = new List<OpenXmlPart>();
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

        texts.AddRange(parts.Select(p => System.Text.Encoding.UTF8.GetString(ReadBytes(p))));
        var highest = 2048;
        foreach (var xml in texts)
        {
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
