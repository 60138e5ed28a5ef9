using System.Globalization;

namespace PetitionKit.Word.Drafting;

/// <summary>The engine's own review marks wording (<see cref="IReviewMarks"/>), for data the engine knows nothing about:
/// gaps are supplied in "the data", items grouped under plain headings by category, no text scan. Derive from it to
/// change part of it; <see cref="Generic"/> is it as it is.</summary>
/// <remarks>Stateless; <see cref="Generic"/> may be shared by any number of renders.</remarks>
public abstract class ReviewMarks : IReviewMarks
{
    /// <summary>Gets the engine's wording, used when a render is given none.</summary>
    public static ReviewMarks Generic { get; } = new GenericMarks();

    /// <inheritdoc />
    public virtual string DataName => "the data";

    /// <inheritdoc />
    public virtual string FieldLabel => "Data field";

    /// <inheritdoc />
    public virtual bool ScansText => false;

    /// <inheritdoc />
    public virtual string ChecklistTitle => "Review checklist — remove before use";

    /// <inheritdoc />
    public virtual string? ChecklistKey(IReadOnlyList<ChecklistItem> items) => null;

    /// <inheritdoc />
    public virtual string NothingFlagged => "Nothing was flagged. Review the whole document before use.";

    /// <inheritdoc />
    public virtual string SeparateChecklistNote(int itemCount) => string.Create(CultureInfo.InvariantCulture,
        $"The review checklist for this document ({itemCount} item{(itemCount == 1 ? string.Empty : "s")}) was issued as a separate document. Review it before use.");

    /// <inheritdoc />
    public virtual string GapComment(string name) => EngineGapComment(DataName, name);

    /// <inheritdoc />
    public virtual string Heading(ChecklistCategory category) => category switch
    {
        ChecklistCategory.BeforeYouFile => "Settle first",
        ChecklistCategory.MissingFact => "Missing facts",
        ChecklistCategory.AlteredValue => "Values the renderer changed",
        ChecklistCategory.TemplateItem => "Items to confirm",
        ChecklistCategory.Citation => "Sources to verify",
        ChecklistCategory.Risk => "Risks to weigh",
        ChecklistCategory.Deadline => "Dates to confirm",
        ChecklistCategory.Privacy => "Privacy",
        _ => "Other items",
    };

    /// <inheritdoc />
    /// <remarks>By category (<see cref="ChecklistSection.Rank"/>), keeping the order items were raised in within one.</remarks>
    public virtual IReadOnlyList<ChecklistItem> Arrange(IReadOnlyList<ChecklistItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return [.. items.OrderBy(i => ChecklistSection.Rank(i.Category))];
    }

    /// <inheritdoc />
    public virtual IReadOnlyList<ChecklistItem> ScanText(string partDescription, ReadOnlySpan<char> text) => [];

    /// <summary>The text of the comment on a missing value's placeholder: the caller's, or the engine's where the
    /// caller's is blank, so that no gap goes without one.</summary>
    internal static string GapCommentText(IReviewMarks marks, string name) =>
        OrGeneric(marks.GapComment(name), () => EngineGapComment(marks.DataName, name));

    /// <summary>The caller's wording, or the engine's where the caller's is blank.</summary>
    internal static string OrGeneric(string? wording, Func<string> generic) =>
        string.IsNullOrWhiteSpace(wording) ? generic() : wording;

    private static string EngineGapComment(string dataName, string name) =>
        $"Missing fact: {name}. Supply it in {dataName}, or revise this sentence, before use.";

    private sealed class GenericMarks : ReviewMarks;
}
