using System.Net;
using System.Text;
using PetitionKit.Drafting;

namespace PetitionKit.Rendering;

/// <summary>Reads a rendered story part's text back, one paragraph per line, for a caller's scan of what the draft says.</summary>
/// <remarks>A single pass over the serialized XML, no document object model: the scan runs on every render.</remarks>
internal static class RenderedText
{
    public static IEnumerable<ChecklistItem> Scan(CompiledPart part, string xml, Func<string, string, IEnumerable<ChecklistItem>> scan) =>
        part.Kind == PartKind.Story ? scan(Templates.PartNames.Describe("/" + part.EntryName), Extract(xml)) : [];

    /// <summary>The text of every <c>w:t</c>, with a newline after every paragraph.</summary>
    public static string Extract(string xml)
    {
        var text = new StringBuilder(xml.Length / 4);
        var index = 0;
        while (index < xml.Length)
        {
            var open = xml.IndexOf('<', index);
            if (open < 0)
            {
                break;
            }

            if (string.CompareOrdinal(xml, open, "</w:p>", 0, 6) == 0)
            {
                text.Append('\n');
            }
            else if (string.CompareOrdinal(xml, open, "<w:t>", 0, 5) == 0 || string.CompareOrdinal(xml, open, "<w:t ", 0, 5) == 0)
            {
                var start = xml.IndexOf('>', open) + 1;
                var end = xml.IndexOf("</w:t>", start, StringComparison.Ordinal);
                if (start > 0 && end > start && xml[start - 2] != '/')
                {
                    text.Append(WebUtility.HtmlDecode(xml[start..end]));
                    index = end;
                    continue;
                }
            }

            index = open + 1;
        }

        return text.ToString();
    }
}
