using PetitionKit.Drafting;

namespace PetitionKit.Rendering;

/// <summary>What one render writes besides the template's own content: where the checklist goes, and the review items
/// the caller's own analysis raised (a petition's citations, risks and deadlines).</summary>
internal sealed record RenderTarget(ChecklistSlot Slot, IReadOnlyList<ChecklistItem> RaisedItems)
{
    public static RenderTarget For(RenderOptions options, IReadOnlyList<ChecklistItem> raisedItems) =>
        new(options.ChecklistPlacement == ChecklistPlacement.SeparateDocument ? ChecklistSlot.Note : ChecklistSlot.Appendix, raisedItems);
}
