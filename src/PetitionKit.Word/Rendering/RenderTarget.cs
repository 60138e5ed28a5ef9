using PetitionKit.Word.Drafting;

namespace PetitionKit.Word.Rendering;

/// <summary>What one render writes besides the template's own content: where the checklist goes, the review items the
/// caller's analysis raised (a petition's risks and deadlines), the items only known once the template ran (the
/// citations it used), and a scan of the rendered text (a privacy check).</summary>
/// <remarks>The engine knows nothing of petitions: these are plain items, words and callbacks, which the petition layer
/// fills (<c>PetitionReviewMarks</c>).</remarks>
internal sealed record RenderTarget(ChecklistSlot Slot, IReadOnlyList<ChecklistItem> RaisedItems)
{
    /// <summary>Gets the items to add once the template has run, or null.</summary>
    public Func<IEnumerable<ChecklistItem>>? LateItems { get; init; }

    /// <summary>Gets a scan of each rendered story part's text (part description, text), or null.</summary>
    public TextScan? TextScan { get; init; }

    /// <summary>Gets the words the marks use for the caller's data.</summary>
    public ReviewWording Wording { get; init; } = ReviewWording.Generic;

    /// <summary>Gets how the checklist is merged and ordered, or null to order it by category alone.</summary>
    public ChecklistArrangement? Arrange { get; init; }

    public static RenderTarget For(RenderOptions options, IReadOnlyList<ChecklistItem> raisedItems) =>
        new(options.ChecklistPlacement == ChecklistPlacement.SeparateDocument ? ChecklistSlot.Note : ChecklistSlot.Appendix, raisedItems);
}
