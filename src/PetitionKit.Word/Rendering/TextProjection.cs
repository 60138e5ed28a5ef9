using System.Net;

namespace PetitionKit.Word.Rendering;

/// <summary>Reads the text of serialized WordprocessingML piece by piece: the content of every <c>w:t</c>, and a newline
/// at every paragraph's end, as <see cref="RenderedText.Extract(ReadOnlySpan{char})"/> reads a whole part.</summary>
/// <remarks>Each piece carries whether it ends inside a <c>w:t</c>'s content, and whether inside a paragraph of the
/// draft marks, whose text is left out: the privacy scan reads the draft's text, never what PetitionKit wrote itself (a
/// provenance footer's hash can look like an account number). A compiled template reads its literal pieces this way
/// once, so a render only reads the values it writes; the render reads the XML again instead whenever something else
/// wrote output.</remarks>
internal static class TextProjection
{
    /// <summary>Appends a piece's text.</summary>
    /// <param name="xml">The piece.</param>
    /// <param name="state">Where the piece starts.</param>
    /// <param name="text">Where the text goes.</param>
    /// <returns>Where the piece ends.</returns>
    public static TextState Append(ReadOnlySpan<char> xml, TextState state, CountingOutput text)
    {
        var insideText = (state & TextState.InsideText) != TextState.None;
        var insideMark = (state & TextState.InsideMark) != TextState.None;
        var index = 0;
        while (index < xml.Length)
        {
            var open = xml[index..].IndexOf('<');
            if (insideText)
            {
                // A w:t's content runs to the next tag, its end tag.
                if (!insideMark)
                {
                    AppendDecoded(text, open < 0 ? xml[index..] : xml.Slice(index, open));
                }

                if (open < 0)
                {
                    return State(insideText: true, insideMark);
                }

                insideText = false;
            }

            if (open < 0)
            {
                return State(insideText: false, insideMark);
            }

            index += open;
            var rest = xml[index..];
            if (rest.StartsWith("</w:p>", StringComparison.Ordinal))
            {
                text.Write("\n");
                insideMark = false;
            }
            else if (IsMarkParagraphStart(rest))
            {
                insideMark = true;
            }
            else if (rest.StartsWith("<w:t>", StringComparison.Ordinal) || rest.StartsWith("<w:t ", StringComparison.Ordinal))
            {
                var close = rest.IndexOf('>');
                if (close < 0)
                {
                    return State(insideText: false, insideMark);
                }

                insideText = rest[close - 1] != '/';
                index += close + 1;
                continue;
            }

            index++;
        }

        return State(insideText, insideMark);
    }

    /// <summary>Whether the XML starts with the start tag of a marks paragraph (<see cref="Drafting.DraftMarks.MarkRevisionId"/>).</summary>
    public static bool IsMarkParagraphStart(ReadOnlySpan<char> xml)
    {
        if (!xml.StartsWith("<w:p ", StringComparison.Ordinal))
        {
            return false;
        }

        var close = xml.IndexOf('>');
        return close > 0 && xml[..close].Contains(MarkAttribute, StringComparison.Ordinal);
    }

    private const string MarkAttribute = Drafting.DraftMarks.RevisionAttribute;

    private static TextState State(bool insideText, bool insideMark) =>
        (insideText ? TextState.InsideText : TextState.None) | (insideMark ? TextState.InsideMark : TextState.None);

    public static void AppendDecoded(CountingOutput text, ReadOnlySpan<char> escaped) =>
        text.Write(escaped.IndexOf('&') < 0 ? escaped : WebUtility.HtmlDecode(escaped.ToString()));
}
