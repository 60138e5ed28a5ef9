using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using PetitionKit.Word.Lexing;
using PetitionKit.Word.WordXml;

namespace PetitionKit.Word.Rendering;

/// <summary>Turns a value into XML text: cleaned and escaped always (<see cref="XmlEscape"/>), and Word's line structure
/// made from the value's own: a newline is a line break, a tab a tab, a blank line a new paragraph
/// (<see cref="WordFragment"/>). The hyphen of a form or document number ("I-485", "DS-260", "N-400": one to three
/// capital letters, a hyphen, a digit) is Word's non-breaking hyphen, so that no line ends at "I-" with "485" on the
/// next.</summary>
internal static partial class ValueText
{
    // Most values are a name or a date: these let them through untouched, without a copy, on every render.
    private static readonly SearchValues<char> Shaped = SearchValues.Create("&<>\r\n\t-");

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

                    AppendKeepingFormNumbers(output, cells[t]);
                }
            }
        }

        return output.ToString();
    }

    private static void AppendKeepingFormNumbers(StringBuilder output, string text)
    {
        var start = 0;
        foreach (var match in FormNumberHyphen().EnumerateMatches(text))
        {
            XmlEscape.AppendContent(output, text.AsSpan(start, match.Index - start));
            output.Append(WordFragment.NoBreakHyphenInText);
            start = match.Index + match.Length;
        }

        XmlEscape.AppendContent(output, text.AsSpan(start));
    }

    // A hyphen after one to three capital letters that start a word, before a digit: "I-485", "DS-260", "MSC-23…".
    [GeneratedRegex(@"(?<=(?<![\p{L}\p{N}])\p{Lu}{1,3})-(?=\p{N})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FormNumberHyphen();

    /// <summary>The text that replaces a tag in a document property: escaped, on one line.</summary>
    /// <param name="text">The value, already cleaned.</param>
    public static string ForProperty(string text)
    {
        var output = new StringBuilder(text.Length);
        XmlEscape.AppendContent(output, text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' '));
        return output.ToString();
    }
}
