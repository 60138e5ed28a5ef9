using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using PetitionKit.Word.Loading;
using PetitionKit.Word.Packaging;
using PetitionKit.Word.WordXml;

namespace PetitionKit.Word.Drafting;

/// <summary>Puts the draft marks on a template once, at load: a banner and a watermark at the top of every header
/// in effect, a provenance line at the bottom of every footer in effect, draft document properties, and an
/// (initially empty) comments part for the engine to fill per render.</summary>
/// <remarks>The marks only add: every paragraph, table, field and picture of the template stays where it was.
/// What they add is written by <see cref="WordFragment"/> and placed as text (<see cref="MainDocumentText"/>,
/// <see cref="PartText"/>, <see cref="PackageParts"/>): no package library loads the template, and every byte the marks
/// do not change stays as the template wrote it.
/// Not idempotent: applying twice marks twice.</remarks>
internal static partial class DraftMarker
{
    /// <summary>Marks a template package.</summary>
    /// <param name="package">The template's parts, changed in place.</param>
    /// <param name="main">The name of its main document part.</param>
    /// <param name="marking">The wording of the banner and watermark.</param>
    /// <param name="identity">The template, named in the footer and properties.</param>
    /// <exception cref="ArgumentException">The main document has no body.</exception>
    /// <exception cref="System.Xml.XmlException">A part the marks read is not well-formed XML.</exception>
    public static void Apply(PackageParts package, string main, DraftMarking marking, TemplateIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(package);
        var text = MainDocumentText.Read(package.Content(main)
            ?? throw new ArgumentException($"The package has no main document part ({main}).", nameof(main)));
        if (!text.HasBody)
        {
            throw new ArgumentException("The main document part has no body.", nameof(main));
        }

        Apply(package, main, text, marking, identity);
    }

    /// <summary>Marks a template package whose main document has been read and has a body.</summary>
    /// <param name="package">The template's parts, changed in place.</param>
    /// <param name="main">The name of its main document part.</param>
    /// <param name="text">The main document's text.</param>
    /// <param name="marking">The wording of the banner and watermark.</param>
    /// <param name="identity">The template, named in the footer and properties.</param>
    /// <exception cref="System.Xml.XmlException">A part the marks read is not well-formed XML.</exception>
    public static void Apply(PackageParts package, string main, MainDocumentText text, DraftMarking marking, TemplateIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(marking);
        ArgumentNullException.ThrowIfNull(identity);
        var evenAndOdd = package.RelatedAll(main, PartTypes.Settings, PartTypes.SettingsContent).FirstOrDefault() is { } settings && EvenAndOddHeaders(package.Content(settings)!);
        var nextShape = FirstFreeShapeNumber(package, main, text);
        var stories = new StoryParts(package, main, text, evenAndOdd);

        foreach (var header in stories.Headers())
        {
            var part = Story(package, header, WordFragment.EmptyHeader);
            var definesShapeType = part.Text.Contains($"id=\"{WatermarkShape.ShapeTypeId}\"", StringComparison.Ordinal);
            package.Replace(header, part.Encode(part.PrependToRoot(HeaderBanner.ParagraphXml(marking, nextShape++, !definesShapeType))));
        }

        foreach (var footer in stories.Footers())
        {
            var part = Story(package, footer, WordFragment.EmptyFooter);
            package.Replace(footer, part.Encode(part.AppendToRoot(ProvenanceFooter.ParagraphXml(identity))));
        }

        if (text.Changed)
        {
            package.Replace(main, text.ToBytes());
        }

        DraftProperties.Apply(package, marking, identity);
        EnsureCommentsPart(package, main);
    }

    // A header or footer part with no content at all gets an empty root, as a new one does.
    private static PartText Story(PackageParts package, string name, string emptyRoot) =>
        PartText.Decode(package.Content(name) is { Length: > 0 } content ? content : PartText.EncodeNew(PartTypes.Declaration + emptyRoot));

    private static bool EvenAndOddHeaders(byte[] settings)
    {
        // Only a child of w:settings counts, the first one, as the Open XML SDK's typed model read it.
        using var reader = XmlReader.Create(new MemoryStream(settings, writable: false), PackageReader.SafeXml);
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

    private static int FirstFreeShapeNumber(PackageParts package, string main, MainDocumentText text)
    {
        // VML shape ids (o:spid="_x0000_s2049") must be unique across the whole package (Word renumbers clashes,
        // other readers may drop a shape). Headers use 2049 and up, as Word numbers them.
        var texts = new List<string> { text.OriginalText };
        foreach (var (type, content) in new[]
        {
            (PartTypes.Header, PartTypes.HeaderContent), (PartTypes.Footer, PartTypes.FooterContent),
            (PartTypes.Footnotes, PartTypes.FootnotesContent), (PartTypes.Endnotes, PartTypes.EndnotesContent),
        })
        {
            texts.AddRange(package.RelatedAll(main, type, content).Select(p => PartText.Decode(package.Content(p)!).Text));
        }

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

    private static void EnsureCommentsPart(PackageParts package, string main)
    {
        var empty = PartText.EncodeNew(PartTypes.Declaration + WordFragment.EmptyComments);
        if (package.RelatedAll(main, PartTypes.Comments, PartTypes.CommentsContent).FirstOrDefault() is { } existing)
        {
            if (package.Content(existing) is { Length: 0 })
            {
                package.Replace(existing, empty);
            }

            return;
        }

        package.Add(main, FolderOf(main) + "comments.xml", PartTypes.CommentsContent, PartTypes.Comments, empty);
    }

    private static string FolderOf(string part) => part[..(part.LastIndexOf('/') + 1)];

    [GeneratedRegex("_x0000_[si](?<n>[0-9]{1,9})\\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex ShapeNumber();
}
