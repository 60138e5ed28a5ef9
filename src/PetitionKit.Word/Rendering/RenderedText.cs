using PetitionKit.Word.Compiling;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Word.Rendering;

/// <summary>Reads a rendered story part's text back, one paragraph per line, for a caller's scan of what the draft says.</summary>
/// <remarks>A single pass over the serialized XML, no document object model: the scan runs on every render.</remarks>
internal static class RenderedText
{
    private const string ParagraphEnd = "</w:p>";

    /// <summary>Scans a story part's text: the text the render read as it wrote, or else the XML read again.</summary>
    public static IReadOnlyList<ChecklistItem> Scan(CompiledPart part, ReadOnlySpan<char> xml, CountingOutput? projected, TextScan scan)
    {
        if (part.Kind != PartKind.Story)
        {
            return [];
        }

        if (projected is not null)
        {
            return scan(part.Description, projected.Written);
        }

        using var text = new CountingOutput(xml.Length / 4, int.MaxValue);
        Extract(xml, text);
        return scan(part.Description, text.Written);
    }

    /// <summary>The text of every <c>w:t</c>, with a newline after every paragraph; the draft marks' own paragraphs give
    /// only their newline (see <see cref="TextProjection"/>).</summary>
    public static string Extract(ReadOnlySpan<char> xml)
    {
        using var text = new CountingOutput(xml.Length / 4, int.MaxValue);
        Extract(xml, text);
        return text.ToString();
    }

    private static void Extract(ReadOnlySpan<char> xml, CountingOutput text)
    {
        // Jumps from one "<w:t" to the next (a vectorised search) instead of stopping at every tag.
        var paragraphEnd = xml.IndexOf(ParagraphEnd, StringComparison.Ordinal);
        var mark = NextMarkParagraph(xml, 0);
        var index = 0;
        while (true)
        {
            var run = xml[index..].IndexOf("<w:t", StringComparison.Ordinal);
            run = run < 0 ? -1 : run + index;
            while (paragraphEnd >= 0 && (run < 0 || paragraphEnd < run))
            {
                text.Write("\n");
                var next = xml[(paragraphEnd + ParagraphEnd.Length)..].IndexOf(ParagraphEnd, StringComparison.Ordinal);
                paragraphEnd = next < 0 ? -1 : next + paragraphEnd + ParagraphEnd.Length;
            }

            if (run < 0)
            {
                return;
            }

            // A marks paragraph runs from its start tag to the first paragraph end after it (it holds no text box).
            while (mark >= 0 && mark < run && xml[mark..run].IndexOf(ParagraphEnd, StringComparison.Ordinal) >= 0)
            {
                mark = NextMarkParagraph(xml, mark + 1);
            }

            if (mark >= 0 && mark < run)
            {
                index = run + 4;
                continue;
            }

            // "<w:t" also starts w:tab, w:tbl, w:tc and w:tr; only w:t itself, not empty, holds text.
            var rest = xml[run..];
            var close = rest.IndexOf('>');
            index = run + 4;
            if (rest.Length > 4 && (rest[4] is '>' or ' ') && close > 0 && rest[close - 1] != '/')
            {
                var end = rest.IndexOf("</w:t>", StringComparison.Ordinal);
                if (end > close)
                {
                    TextProjection.AppendDecoded(text, rest[(close + 1)..end]);
                    index = run + end;
                }
            }
        }
    }

    private static int NextMarkParagraph(ReadOnlySpan<char> xml, int from)
    {
        while (from < xml.Length)
        {
            var next = xml[from..].IndexOf("<w:p ", StringComparison.Ordinal);
            if (next < 0)
            {
                return -1;
            }

            if (TextProjection.IsMarkParagraphStart(xml[(from + next)..]))
            {
                return from + next;
            }

            from += next + 1;
        }

        return -1;
    }
}
