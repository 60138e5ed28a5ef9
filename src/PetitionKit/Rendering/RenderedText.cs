using System.Net;
using PetitionKit.Drafting;

namespace PetitionKit.Rendering;

/// <summary>Reads a rendered story part's text back, one paragraph per line, for a caller's scan of what the draft says.</summary>
/// <remarks>A single pass over the serialized XML, no document object model: the scan runs on every render.</remarks>
internal static class RenderedText
{
    public static IReadOnlyList<ChecklistItem> Scan(CompiledPart part, ReadOnlySpan<char> xml, TextScan scan)
    {
        if (part.Kind != PartKind.Story)
        {
            return [];
        }

        using var text = new CountingOutput(xml.Length / 4, int.MaxValue);
        Extract(xml, text);
        return scan(part.Description, text.Written);
    }

    /// <summary>The text of every <c>w:t</c>, with a newline after every paragraph.</summary>
    public static string Extract(ReadOnlySpan<char> xml)
    {
        using var text = new CountingOutput(xml.Length / 4, int.MaxValue);
        Extract(xml, text);
        return text.ToString();
    }

    private static void Extract(ReadOnlySpan<char> xml, CountingOutput text)
    {
        var index = 0;
        while (index < xml.Length)
        {
            var open = xml[index..].IndexOf('<');
            if (open < 0)
            {
                break;
            }

            open += index;
            var rest = xml[open..];
            if (rest.StartsWith("</w:p>", StringComparison.Ordinal))
            {
                text.Write("\n");
            }
            else if (rest.StartsWith("<w:t>", StringComparison.Ordinal) || rest.StartsWith("<w:t ", StringComparison.Ordinal))
            {
                var close = rest.IndexOf('>');
                var end = rest.IndexOf("</w:t>", StringComparison.Ordinal);
                if (close > 0 && rest[close - 1] != '/' && end > close)
                {
                    AppendDecoded(text, rest[(close + 1)..end]);
                    index = open + end;
                    continue;
                }
            }

            index = open + 1;
        }
    }

    private static void AppendDecoded(CountingOutput text, ReadOnlySpan<char> escaped) =>
        text.Write(escaped.IndexOf('&') < 0 ? escaped : WebUtility.HtmlDecode(escaped.ToString()));
}
