
namespace PetitionKit.Word.Drafting;

/// <summary>The words of the review marks that name the caller's data: a gap's comment says where to supply the missing
/// fact, and a checklist item names the data field it is about. The engine's own wording speaks of "the data"; a caller
/// whose data has a name of its own (a petition) gives its words here.</summary>
/// <param name="DataName">The data, as a gap's comment names it: "Supply it in <c>the data</c>".</param>
/// <param name="FieldLabel">The label before an item's field in the checklist: "<c>Data field</c>: harms[0].description".</param>
internal sealed record ReviewWording(string DataName, string FieldLabel)
{
    /// <summary>Gets the wording for data the engine knows nothing about.</summary>
    public static ReviewWording Generic { get; } = new("the data", "Data field");

    /// <summary>The text of the comment on a missing value's placeholder.</summary>
    public string GapCommentText(string name) =>
        $"Missing fact: {name}. Supply it in {DataName}, or revise this sentence, before filing.";
}
