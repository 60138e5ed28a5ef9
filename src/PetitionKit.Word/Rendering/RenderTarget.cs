using PetitionKit.Word.Drafting;
using PetitionKit.Word.Lexing;
using Scriban.Runtime;

namespace PetitionKit.Word.Rendering;

/// <summary>What one render writes besides the template's own content: where the checklist goes, the review items the
/// caller's analysis raised (a petition's risks and deadlines), the items only known once the template ran (the
/// citations it used), and the caller's review marks (its words, its checklist's order, a scan of the rendered text).</summary>
/// <remarks>The engine knows nothing of petitions: these are plain items, callbacks and an <see cref="IReviewMarks"/>,
/// which the petition layer fills (<c>PetitionReviewMarks</c>).</remarks>
internal sealed record RenderTarget(ChecklistSlot Slot, IReadOnlyList<ChecklistItem> RaisedItems)
{
    /// <summary>Gets the items to add once the template has run, or null. They are given whether a value tag printed in
    /// this render, so an item can name the place its field was printed, never one a false condition left out.</summary>
    public Func<Func<TagSite, bool>, IEnumerable<ChecklistItem>>? LateItems { get; init; }

    /// <summary>Gets the caller's change to plain data before the template reads it (a privacy mask), returning the items
    /// that say what it changed, or null. Data given as a view the caller built already holds its changes.</summary>
    public Func<ScriptObject, IReadOnlyList<ChecklistItem>>? PrepareData { get; init; }

    /// <summary>Gets the caller's review marks: its words, its checklist's order and a scan of each part's text.</summary>
    public IReviewMarks Marks { get; init; } = ReviewMarks.Generic;

    /// <summary>Gets how the checklist is merged and ordered in place of the marks' own arrangement, or null.</summary>
    public ChecklistArrangement? Arrange { get; init; }

    public static RenderTarget For(RenderOptions options, IReadOnlyList<ChecklistItem> raisedItems, IReviewMarks? marks = null) =>
        new(options.ChecklistPlacement == ChecklistPlacement.SeparateDocument ? ChecklistSlot.Note : ChecklistSlot.Appendix, raisedItems)
        {
            Marks = marks ?? ReviewMarks.Generic,
        };
}
