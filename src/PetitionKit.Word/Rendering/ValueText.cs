using System.Buffers;
using System.Globalization;
using System.Text;
using System.Xml;

namespace PetitionKit.Rendering;

/// <summary>Turns a value into XML text: escaped always, characters XML cannot hold removed (and counted), and Word's
/// line structure made from the value's own: a newline is a line break, a tab a tab, a blank line a new paragraph.</summary>
internal static class ValueText
{
    private const string BreakText = "</w:t><w:br/><w:t xml:space=\"preserve\">";
    private const string TabText = "</w:t><w:tab/><w:t xml:space=\"preserve\">";

    // Most values are a name or a date: these let them through untouched, without a copy, on every render.
    private static readonly SearchValues<char> Escaped = SearchValues.Create("&<>");
    private static readonly SearchValues<char> Shaped = SearchValues.Create("&<>\r\n\t");

    /// <summary>Removes characters that XML 1.0 cannot hold and our own marker characters; lists what went (null when
    /// nothing did).</summary>
    public static string Clean(string text, out List<string>? removed)
    {
        removed = null;

        // Everything from U+0020 to U+D7FF is a legal XML character and none of it is a marker.
        var first = text.AsSpan().IndexOfAnyExceptInRange('\u0020', '\uD7FF');
        if (first < 0)
        {
            return text;
        }

        StringBuilder? cleaned = null;
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            var keep = XmlConvert.IsXmlChar(c) && !TagMarkers.IsPrivateMarker(c);
            if (!keep && char.IsHighSurrogate(c) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                cleaned?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (keep)
            {
                cleaned?.Append(c);
                continue;
            }

            cleaned ??= new StringBuilder(text, 0, i, text.Length);
            removed ??= [];
            removed.Add(string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}"));
        }

        return cleaned?.ToString() ?? text;
    }

    /// <summary>The XML that replaces a tag inside a <c>w:t</c>.</summary>
    public static string ForWord(string text, TagSite tag)
    {
        if (text.AsSpan().IndexOfAny(Shaped) < 0)
        {
            return text;
        }

        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var paragraphs = normalized.Split("\n\n");
        var output = new StringBuilder(text.Length + 16);
        for (var p = 0; p < paragraphs.Length; p++)
        {
            if (p > 0)
            {
                output.Append(tag.CanSplitParagraph ? ParagraphBreak(tag) : BreakText + BreakText);
            }

            var lines = paragraphs[p].Split('\n');
            for (var l = 0; l < lines.Length; l++)
            {
                if (l > 0)
                {
                    output.Append(BreakText);
                }

                var cells = lines[l].Split('\t');
                for (var t = 0; t < cells.Length; t++)
                {
                    if (t > 0)
                    {
                        output.Append(TabText);
                    }

                    Escape(output, cells[t]);
                }
            }
        }

        return output.ToString();
    }

    /// <summary>The text that replaces a tag in a document property: escaped, on one line.</summary>
    public static string ForProperty(string text)
    {
        var output = new StringBuilder(text.Length);
        Escape(output, text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' '));
        return output.ToString();
    }

    public static void Escape(StringBuilder output, string text)
    {
        var rest = text.AsSpan();
        for (var next = rest.IndexOfAny(Escaped); next >= 0; next = rest.IndexOfAny(Escaped))
        {
            output.Append(rest[..next]).Append(rest[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                _ => "&gt;",
            });
            rest = rest[(next + 1)..];
        }

        output.Append(rest);
    }

    private static string ParagraphBreak(TagSite tag) =>
        $"</w:t></w:r></w:p><w:p>{tag.ContinuationParagraphPropertiesXml}<w:r>{tag.RunPropertiesXml}<w:t xml:space=\"preserve\">";
}
