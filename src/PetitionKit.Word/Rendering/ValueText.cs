using System.Buffers;
using System.Text;
using PetitionKit.Word.Lexing;
using PetitionKit.Word.WordXml;

namespace PetitionKit.Word.Rendering;

/// <summary>Turns a value into XML text: cleaned and escaped always (<see cref="XmlEscape"/>), and Word's line structure
/// made from the value's own: a newline is a line break, a tab a tab, a blank line a new paragraph
/// (<see cref="WordFragment"/>).</summary>
internal static class ValueText
{
    // Most values are a name or a date: these let them through untouched, without a copy, on every render.
    private static readonly SearchValues<char> Shaped = SearchValues.Create("&<>\r\n\t");

    /// <summary>The XML that replaces a tag inside a <c>w:t</c>.</summary>
    /// <param name="text">The value, already cleaned (<see cref="XmlEscape.Clean(string, out List{string}?)"/>).</param>
    /// <param name="tag">Where it goes.</param>
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
                output.Append(tag.CanSplitParagraph
                    ? WordFragment.ParagraphBreakInText(tag.ContinuationParagraphPropertiesXml, tag.RunPropertiesXml)
                    : WordFragment.BreakInText + WordFragment.BreakInText);
            }

            var lines = paragraphs[p].Split('\n');
            for (var l = 0; l < lines.Length; l++)
            {
                if (l > 0)
                {
                    output.Append(WordFragment.BreakInText);
                }

                var cells = lines[l].Split('\t');
                for (var t = 0; t < cells.Length; t++)
                {
                    if (t > 0)
                    {
                        output.Append(WordFragment.TabInText);
                    }

                    XmlEscape.AppendContent(output, cells[t]);
                }
            }
        }

        return output.ToString();
    }

    /// <summary>The text that replaces a tag in a document property: escaped, on one line.</summary>
    /// <param name="text">The value, already cleaned.</param>
    public static string ForProperty(string text)
    {
        var output = new StringBuilder(text.Length);
        XmlEscape.AppendContent(output, text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' '));
        return output.ToString();
    }
}
