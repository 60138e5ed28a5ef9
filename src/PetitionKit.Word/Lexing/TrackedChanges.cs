using System.Xml.Linq;
using PetitionKit.Word.Compiling;
using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.WordXml;

namespace PetitionKit.Word.Lexing;

/// <summary>Resolves tracked changes in a template the way Word's "Accept All" would: inserted text is kept, deleted
/// text dropped, formatting changes kept as they now look, deleted rows removed and paragraphs joined at deleted marks
/// (<see cref="TrackedStructure"/>). A structural deletion whose result would be ambiguous (a deleted cell, a mark with
/// no paragraph after it) is refused with an error that says what to do in Word.</summary>
internal static class TrackedChanges
{
    private static readonly XName[] Unwrapped = [W.Ns + "ins", W.Ns + "moveTo"];

    private static readonly XName[] Dropped =
    [
        W.Ns + "del", W.Ns + "moveFrom", W.Ns + "moveFromRangeStart", W.Ns + "moveFromRangeEnd",
        W.Ns + "moveToRangeStart", W.Ns + "moveToRangeEnd", W.Ns + "rPrChange", W.Ns + "pPrChange",
        W.Ns + "sectPrChange", W.Ns + "tblPrChange", W.Ns + "tblGridChange", W.Ns + "trPrChange",
        W.Ns + "tcPrChange", W.Ns + "tblPrExChange", W.Ns + "numberingChange", W.Ns + "cellIns",
    ];

    /// <summary>Accepts every revision; returns false after reporting when one would be ambiguous to accept.</summary>
    public static bool Accept(XElement root, PartContext context)
    {
        var ambiguous = TrackedStructure.FindAmbiguous(root);
        foreach (var (element, why) in ambiguous)
        {
            // A cell's or row's change is located at the first paragraph it holds.
            var paragraph = element.Name == W.P ? element : element.Ancestors(W.P).FirstOrDefault()
                ?? element.AncestorsAndSelf().FirstOrDefault(a => a.Name == W.Tc || a.Name == W.Tr)?.Descendants(W.P).FirstOrDefault();
            var number = paragraph is null ? 0 : root.Descendants(W.P).TakeWhile(p => p != paragraph).Count() + 1;
            context.Error(DiagnosticCodes.TrackedStructuralChange, context.Location(number, 0),
                $"The template has {why}. Accept or reject that change in Word (Review > Accept, or Reject), then save and load the template again.");
        }

        if (ambiguous.Count > 0)
        {
            return false;
        }

        var structural = TrackedStructure.Accept(root);
        var revisions = root.Descendants().Where(e => Dropped.Contains(e.Name) || Unwrapped.Contains(e.Name)).ToList();
        if (revisions.Count == 0 && !structural)
        {
            return true;
        }

        // A paragraph mark's own <w:ins/> inside rPr marks the mark, not text; deleted marks were joined above.
        foreach (var revision in revisions.Where(r => r.Parent is not null))
        {
            if (Unwrapped.Contains(revision.Name) && revision.Parent!.Name != W.RPr && revision.Parent.Name != W.Ns + "trPr")
            {
                revision.ReplaceWith(revision.Nodes());
            }
            else
            {
                revision.Remove();
            }
        }

        context.Warning(DiagnosticCodes.TrackedChangesAccepted, context.Location(0, 0),
            "The template had tracked changes; they were accepted (insertions kept, deletions dropped, deleted rows removed, paragraphs joined at deleted paragraph marks). Accept them in Word to make the template say what it renders.");
        return true;
    }
}
