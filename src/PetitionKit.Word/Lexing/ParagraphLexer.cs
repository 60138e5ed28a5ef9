using System.Text;
using System.Xml.Linq;
using PetitionKit.Word.Compiling;
using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Rendering;
using PetitionKit.Word.WordXml;

namespace PetitionKit.Word.Lexing;

/// <summary>Text-stream lexing (docs/engine.md#lexing-tags-that-word-split-across-runs): finds tags however Word cut
/// them into runs, and moves each whole tag into the text node where it starts, keeping the XML between the pieces so
/// the runs stay valid.</summary>
internal static class ParagraphLexer
{
    private const int ExcerptRadius = 30;

    public static void Lex(XElement paragraph, PartContext context)
    {
        if (!IsDraftMark(paragraph))
        {
            context.ParagraphCount++;
        }

        var paragraphNumber = context.ParagraphCount;
        var nodes = OwnTextNodes(paragraph);
        if (nodes.Count == 0)
        {
            return;
        }

        var text = Concatenate(nodes, out var owners);
        // A heading that is nothing but tags (a count title chosen at render time) has no words to name, so places under
        // it keep the heading above it.
        if (IsHeading(paragraph) && ChecklistItems.HeadingWords(text).Length > 0)
        {
            context.CurrentSection = text.Trim();
        }

        if (!text.Contains("{{", StringComparison.Ordinal))
        {
            return;
        }

        var (spans, unclosed) = TagScanner.Scan(text);
        if (unclosed >= 0)
        {
            context.Error(DiagnosticCodes.UnclosedTag, context.Location(paragraphNumber, unclosed + 1),
                "A tag opens with ‘{{’ but never closes with ‘}}’ in this paragraph. Add the closing braces; a tag cannot span paragraphs.",
                Clip(text[unclosed..], 40), Excerpt(text, unclosed, Math.Min(text.Length, unclosed + 2)));
        }

        if (spans.Count == 0)
        {
            return;
        }

        var straight = TagScanner.StraightenQuotes(text);
        var startsAt = new Dictionary<int, TagSite>();
        var consumed = new bool[text.Length];
        foreach (var span in spans)
        {
            var tag = CreateTag(context, paragraph, paragraphNumber, nodes[owners[span.Start]], text, straight, span);
            context.Tags.Add(tag);
            startsAt[span.Start] = tag;
            Array.Fill(consumed, true, span.Start, span.End - span.Start);
        }

        Rewrite(nodes, text, owners, startsAt, consumed);
    }

    private static TagSite CreateTag(PartContext context, XElement paragraph, int paragraphNumber, XElement node, string text, string straight, TagScanner.Span span)
    {
        var tag = TagSite.Create(
            context, text, straight, span, paragraphNumber, Excerpt(text, span.Start, span.End), context.CurrentSection,
            textElement: node, paragraph: paragraph, isWordText: true, fromDraftMarks: IsDraftMark(paragraph));
        tag.RunPropertiesXml = node.Parent?.Element(W.RPr)?.ToString(SaveOptions.DisableFormatting) ?? string.Empty;
        tag.ParagraphPropertiesXml = paragraph.Element(W.PPr)?.ToString(SaveOptions.DisableFormatting) ?? string.Empty;
        tag.CanSplitParagraph = node.Parent?.Name == W.R && node.Parent.Parent == paragraph;
        return tag;
    }

    /// <summary>The <c>w:t</c> nodes whose nearest paragraph is this one: a text box's paragraphs are lexed on their own.</summary>
    public static List<XElement> OwnTextNodes(XElement paragraph) =>
        paragraph.Descendants(W.T).Where(t => t.Ancestors(W.P).First() == paragraph).ToList();

    private static string Concatenate(List<XElement> nodes, out int[] owners)
    {
        var builder = new StringBuilder();
        var ownerList = new List<int>();
        for (var i = 0; i < nodes.Count; i++)
        {
            var value = RemoveMarkerCharacters(nodes[i].Value);
            builder.Append(value);
            ownerList.AddRange(Enumerable.Repeat(i, value.Length));
        }

        owners = [.. ownerList];
        return builder.ToString();
    }

    private static void Rewrite(List<XElement> nodes, string text, int[] owners, Dictionary<int, TagSite> startsAt, bool[] consumed)
    {
        var builders = nodes.Select(_ => new StringBuilder()).ToArray();
        var touched = new bool[nodes.Count];
        for (var k = 0; k < text.Length; k++)
        {
            var owner = owners[k];
            if (startsAt.TryGetValue(k, out var tag))
            {
                builders[owner].Append(TagMarkers.Inline(tag.Id));
            }

            if (consumed[k])
            {
                touched[owner] = true;
                continue;
            }

            builders[owner].Append(text[k]);
        }

        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            var value = builders[i].ToString();
            if (!touched[i] && string.Equals(value, node.Value, StringComparison.Ordinal))
            {
                continue;
            }

            if (value.Length == 0)
            {
                RemoveEmptied(node);
                continue;
            }

            node.Value = value;
            node.SetAttributeValue(W.Space, "preserve");
        }
    }

    private static void RemoveEmptied(XElement node)
    {
        var run = node.Parent;
        node.Remove();
        if (run is not null && run.Name == W.R && !run.Elements().Any(e => e.Name != W.RPr))
        {
            run.Remove();
        }
    }

    private static string RemoveMarkerCharacters(string value) =>
        value.Any(TagMarkers.IsPrivateMarker) ? new string(value.Where(c => !TagMarkers.IsPrivateMarker(c)).ToArray()) : value;

    private static bool IsDraftMark(XElement paragraph) =>
        string.Equals((string?)paragraph.Attribute(W.Ns + "rsidR"), Drafting.DraftMarks.MarkRevisionId, StringComparison.Ordinal);

    private static bool IsHeading(XElement paragraph)
    {
        var properties = paragraph.Element(W.PPr);
        if (properties is null)
        {
            return false;
        }

        var style = (string?)properties.Element(W.PStyle)?.Attribute(W.Val) ?? string.Empty;
        return properties.Element(W.OutlineLvl) is not null
            || style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase)
            || string.Equals(style, "Title", StringComparison.OrdinalIgnoreCase);
    }

    private static string Excerpt(string text, int start, int end)
    {
        var from = Math.Max(0, start - ExcerptRadius);
        var to = Math.Min(text.Length, end + ExcerptRadius);
        var excerpt = text[from..to].Trim();
        return (from > 0 ? "…" : string.Empty) + excerpt + (to < text.Length ? "…" : string.Empty);
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
