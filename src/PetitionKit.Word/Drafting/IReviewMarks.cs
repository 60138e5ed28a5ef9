namespace PetitionKit.Word.Drafting;

/// <summary>A caller's part in the review marks of the drafts it renders (docs/engine.md#plug-in-points): the words the
/// marks use for its data and for the checklist's groups, how its checklist items are ordered and merged, and a scan of
/// each draft's text for more items. <see cref="ReviewMarks"/> is the engine's own implementation, which says nothing
/// about what the data means.</summary>
/// <remarks>The marks themselves are not part of this seam: the banner, watermark and provenance line are put on the
/// template at load, every gap gets its placeholder and comment, and every draft gets its checklist, whatever an
/// implementation returns. It words them and adds to them; it cannot remove them. One instance may serve many renders
/// at once.</remarks>
public interface IReviewMarks
{
    /// <summary>Gets the data, as a gap's comment names it: "Supply it in <c>the data</c>".</summary>
    public string DataName { get; }

    /// <summary>Gets the label before an item's field in the checklist: "<c>Data field</c>: harms[0].description".</summary>
    public string FieldLabel { get; }

    /// <summary>Gets the checklist's title; a blank one is replaced by the engine's, since a checklist always has one.</summary>
    public string ChecklistTitle { get; }

    /// <summary>A line printed under the checklist's title to explain its items' notation (such as what a tag in
    /// brackets means).</summary>
    /// <param name="items">The checklist's items, as it lists them.</param>
    /// <returns>The line, or null for none.</returns>
    public string? ChecklistKey(IReadOnlyList<ChecklistItem> items);

    /// <summary>Gets what the checklist says when no item was raised; a blank one is replaced by the engine's.</summary>
    public string NothingFlagged { get; }

    /// <summary>The line a draft carries where its checklist would be, when the checklist is issued as a separate
    /// document; a blank one is replaced by the engine's.</summary>
    /// <param name="itemCount">How many items the separate checklist holds.</param>
    /// <returns>One sentence or two.</returns>
    public string SeparateChecklistNote(int itemCount);

    /// <summary>The comment on a missing value's placeholder; a blank one is replaced by the engine's.</summary>
    /// <param name="name">The missing value, as the data names it ("petitioners[0].a_number").</param>
    /// <returns>The comment's text.</returns>
    public string GapComment(string name);

    /// <summary>Gets a value indicating whether <see cref="ScanText"/> looks for anything; when false, a render does not
    /// keep the text of what it writes.</summary>
    public bool ScansText { get; }

    /// <summary>The heading a category's items are listed under in the checklist.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The heading; a blank one is replaced by the engine's, since a group is never listed without one.</returns>
    public string Heading(ChecklistCategory category);

    /// <summary>Puts a render's checklist items in their final order, merging any that are one thing to check.</summary>
    /// <param name="items">Every item the render gathered, exact duplicates removed, in the order they were raised.</param>
    /// <returns>The checklist as the draft lists it.</returns>
    public IReadOnlyList<ChecklistItem> Arrange(IReadOnlyList<ChecklistItem> items);

    /// <summary>Scans the text of one rendered story part for items to add to the checklist (a privacy check).</summary>
    /// <param name="partDescription">The part, as people name it ("body").</param>
    /// <param name="text">The part's text, one paragraph per line; only valid during the call.</param>
    /// <returns>The items for what the scan found.</returns>
    public IReadOnlyList<ChecklistItem> ScanText(string partDescription, ReadOnlySpan<char> text);
}
