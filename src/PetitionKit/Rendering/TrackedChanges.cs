using System.Xml.Linq;
using PetitionKit.Templates;

namespace PetitionKit.Rendering;

/// <summary>Resolves tracked changes in a template the way Word's "Accept All" would, where that is unambiguous:
/// inserted text is kept, deleted text dropped, formatting changes kept as they now look. Deleted paragraph marks,
/// rows and cells would merge structure, so those are refused with an error that says what to do in Word.</summary>
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

    /// <summary>Accepts run-level revisions; returns false after reporting when a structural one makes that unsafe.</summary>
    public static bool Accept(XElement root, PartContext context)
    {
        var structural = root.Descendants()
            .Where(IsStructuralDeletion)
            .ToList();
        foreach (var mark in structural)
        {
            var paragraph = mark.Ancestors(W.P).FirstOrDefault();
            var number = paragraph is null ? 0 : root.Descendants(W.P).TakeWhile(p => p != paragraph).Count() + 1;
            context.Error(DiagnosticCodes.TrackedStructuralChange, context.Location(number, 0),
                "The template has a tracked deletion of a paragraph mark, row or cell. Accept or reject all tracked changes in Word (Review > Accept > Accept All Changes), then save and load the template again.");
        }

        if (structural.Count > 0)
        {
            return false;
        }

        var revisions = root.Descendants().Where(e => Dropped.Contains(e.Name) || Unwrapped.Contains(e.Name)).ToList();
        if (revisions.Count == 0)
        {
            return true;
        }

        // A paragraph mark's own <w:ins/> or <w:del/> inside rPr marks the mark, not text: the del case was refused above.
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
            "The template had tracked changes; they were accepted (insertions kept, deletions dropped). Accept them in Word to make the template say what it renders.");
        return true;
    }

    private static bool IsStructuralDeletion(XElement element)
    {
        if (element.Name == W.Ns + "cellDel" || element.Name == W.Ns + "cellMerge")
        {
            return true;
        }

        // <w:del/> directly inside a paragraph mark's or a row's properties deletes the mark or the row itself.
        return element.Name == W.Ns + "del"
            && element.Parent is { } parent
            && ((parent.Name == W.RPr && parent.Parent?.Name == W.PPr) || parent.Name == W.Ns + "trPr");
    }
}
