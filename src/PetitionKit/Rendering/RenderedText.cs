using System.Text;
using System.Xml.Linq;
using PetitionKit.Drafting;

namespace PetitionKit.Rendering;

/// <summary>Reads a rendered story part's text back, one paragraph per line, for a caller's scan of what the draft says.</summary>
internal static class RenderedText
{
    public static IEnumerable<ChecklistItem> Scan(CompiledPart part, string xml, Func<string, string, IEnumerable<ChecklistItem>> scan)
    {
        if (part.Kind != PartKind.Story)
        {
            return [];
        }

        var root = XDocument.Parse(xml.Replace(TagMarkers.ChecklistSlot.ToString(), string.Empty, StringComparison.Ordinal)).Root!;
        var text = new StringBuilder();
        foreach (var paragraph in root.Descendants(W.P))
        {
            foreach (var node in ParagraphLexer.OwnTextNodes(paragraph))
            {
                text.Append(node.Value);
            }

            text.Append('\n');
        }

        return scan(Templates.PartNames.Describe("/" + part.EntryName), text.ToString());
    }
}
