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

    /// <summary>The text of the comment on a missing value's placeholder.</summary>
    internal static string GapCommentText(IReviewMarks marks, string name) =>
        $"Missing fact: {name}. Supply it in {marks.DataName}, or revise this sentence, before filing.";

    private sealed class GenericMarks : ReviewMarks;
}
