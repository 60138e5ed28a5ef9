using System.Net;

namespace PetitionKit.Rendering;

/// <summary>Reads the text of serialized WordprocessingML piece by piece: the content of every <c>w:t</c>, and a newline
/// at every paragraph's end, as <see cref="RenderedText.Extract(ReadOnlySpan{char})"/> reads a whole part.</summary>
/// <remarks>Each piece carries whether it ends inside a <c>w:t</c>'s content. A compiled template reads its literal
/// pieces this way once, so a render only reads the values it writes; the render reads the XML again instead
/// whenever something else wrote output.</remarks>
internal static class TextProjection
{
    /// <summary>Appends a piece's text.</summary>
    /// <param name="xml">The piece.</param>
    /// <param name="insideText">Whether the piece starts inside a <c>w:t</c>'s content.</param>
    /// <param name="text">Where the text goes.</param>
    /// <returns>Whether the piece ends inside a <c>w:t</c>'s content.</returns>
    public static bool Append(ReadOnlySpan<char> xml, bool insideText, CountingOutput text)
    {
        var index = 0;
        while (index < xml.Length)
        {
            var open = xml[index..].IndexOf('<');
            if (insideText)
            {
                // A w:t's content runs to the next tag, its end tag.
                AppendDecoded(text, open < 0 ? xml[index..] : xml.Slice(index, open));
                if (open < 0)
                {
                    return true;
                }

                insideText = false;
            }

            if (open < 0)
            {
                return false;
            }

            index += open;
            var rest = xml[index..];
            if (rest.StartsWith("</w:p>", StringComparison.Ordinal))
            {
                text.Write("\n");
            }
            else if (rest.StartsWith("<w:t>", StringComparison.Ordinal) || rest.StartsWith("<w:t ", StringComparison.Ordinal))
            {
                var close = rest.IndexOf('>');
                if (close < 0)
                {
                    return false;
                }

                insideText = rest[close - 1] != '/';
                index += close + 1;
                continue;
            }

            index++;
        }

        return insideText;
    }

    public static void AppendDecoded(CountingOutput text, ReadOnlySpan<char> escaped) =>
        text.Write(escaped.IndexOf('&') < 0 ? escaped : WebUtility.HtmlDecode(escaped.ToString()));
}
