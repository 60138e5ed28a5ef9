using System.Xml.Linq;
using PetitionKit.Word.WordXml;

namespace PetitionKit.Word.Lexing;

/// <summary>Accepts tracked deletions of structure as Word's "Accept All" does: a deleted row goes (its table too when
/// no row is left), and a deleted paragraph mark joins its paragraph to the next one, which keeps its own paragraph
/// properties, since the mark that survives is the next paragraph's (ECMA-376 Part 1 §17.13.5.15; Open XML PowerTools'
/// RevisionAccepter does the same). Where Word's result is not one clear structure, the deletion is reported instead.</summary>
internal static class TrackedStructure
{
    private static readonly XName Del = W.Ns + "del";
    private static readonly XName MoveFrom = W.Ns + "moveFrom";
    private static readonly XName TrPr = W.Ns + "trPr";
    private static readonly XName TcPr = W.Ns + "tcPr";
    private static readonly XName VMerge = W.Ns + "vMerge";

    // Markers that may sit between two paragraphs and travel with the joined paragraph's content.
    private static readonly HashSet<string> RangeMarkers = new(StringComparer.Ordinal)
    {
        "bookmarkStart", "bookmarkEnd", "commentRangeStart", "commentRangeEnd", "permStart", "permEnd", "proofErr",
        "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd",
    };

    /// <summary>Finds the structural deletions whose accepted result would be ambiguous, each with why, in document order.</summary>
    public static List<(XElement Element, string Why)> FindAmbiguous(XElement root)
    {
        var found = new List<(XElement, string)>();
        foreach (var element in root.Descendants())
        {
            if (element.Ancestors(W.Tr).Any(IsDeletedRow))
            {
                // Goes with its row, whatever it holds.
                continue;
            }

            if (element.Name == W.Ns + "cellDel")
            {
                found.Add((element, "a tracked deletion of a table cell: the row's other cells would no longer fill the table's grid, and which cells widen to fill it is a layout choice Word leaves to you"));
            }
            else if (element.Name == W.Ns + "cellMerge")
            {
                found.Add((element, "a tracked merge of table cells, whose result depends on the cells around it"));
            }
            else if (element.Name == W.P && HasDeletedMark(element))
            {
                if (element.Element(W.PPr)?.Element(W.SectPr) is not null)
                {
                    found.Add((element, "a tracked deletion of a paragraph mark that ends a section: joining the paragraphs would drop the section break"));
                }
                else if (NextBlock(element)?.Name != W.P)
                {
                    found.Add((element, "a tracked deletion of a paragraph mark with no paragraph after it to join (a table, a content control or the end of the cell or text follows)"));
                }
            }
            else if (element.Name == W.Tr && IsDeletedRow(element) && StartsVerticalMerge(element) && element.ElementsAfterSelf(W.Tr).FirstOrDefault() is { } next && !IsDeletedRow(next))
            {
                found.Add((element, "a tracked deletion of a table row whose cells start a vertical merge that continues into the next row"));
            }
        }

        return found;
    }

    /// <summary>Removes deleted rows and joins paragraphs at deleted marks; returns whether anything changed. Call only
    /// when <see cref="FindAmbiguous"/> found nothing.</summary>
    public static bool Accept(XElement root)
    {
        var changed = false;
        foreach (var row in root.Descendants(W.Tr).Where(IsDeletedRow).ToList())
        {
            var table = row.Parent;
            row.Remove();
            changed = true;
            if (table is not null && table.Name == W.Tbl && !table.Elements(W.Tr).Any())
            {
                table.Remove();
            }
        }

        foreach (var paragraph in root.Descendants(W.P).Where(HasDeletedMark).ToList())
        {
            var next = NextBlock(paragraph)!;
            var moving = paragraph.Nodes().Where(n => n is not XElement { Name.LocalName: "pPr" })
                .Concat(paragraph.NodesAfterSelf().TakeWhile(n => n != next))
                .ToList();
            foreach (var node in moving)
            {
                node.Remove();
            }

            if (next.Element(W.PPr) is { } properties)
            {
                properties.AddAfterSelf(moving);
            }
            else
            {
                next.AddFirst(moving);
            }

            paragraph.Remove();
            changed = true;
        }

        return changed;
    }

    /// <summary>Whether a paragraph's mark is deleted (or moved away): its <c>w:pPr/w:rPr</c> holds <c>w:del</c> or <c>w:moveFrom</c>.</summary>
    public static bool HasDeletedMark(XElement paragraph) =>
        paragraph.Element(W.PPr)?.Element(W.RPr)?.Elements().Any(e => e.Name == Del || e.Name == MoveFrom) == true;

    public static bool IsDeletedRow(XElement row) => row.Element(TrPr)?.Element(Del) is not null;

    /// <summary>The next block after a paragraph in its container, past any range markers; null at the container's end.</summary>
    private static XElement? NextBlock(XElement paragraph) =>
        paragraph.ElementsAfterSelf().FirstOrDefault(e => !(e.Name.Namespace == W.Ns && RangeMarkers.Contains(e.Name.LocalName)));

    private static bool StartsVerticalMerge(XElement row) =>
        row.Elements(W.Tc).Any(c => string.Equals((string?)c.Element(TcPr)?.Element(VMerge)?.Attribute(W.Val), "restart", StringComparison.Ordinal));
}
