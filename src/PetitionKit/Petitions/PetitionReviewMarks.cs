using PetitionKit.Word.Drafting;
using PetitionKit.Word.Rendering;

namespace PetitionKit.Petitions;

/// <summary>What a petition's drafts add to the engine's review marks: the petition's words for its data, and the
/// checklist merged by the rules that know the catalog's items (<see cref="ChecklistDeduplication"/>).</summary>
internal static class PetitionReviewMarks
{
    /// <summary>Gets the words the marks use for a petition's data.</summary>
    public static ReviewWording Wording { get; } = new("the petition data", "Petition field");

    /// <summary>A render target with the petition's wording and checklist merging: every draft and checklist the
    /// petition layer writes goes through here.</summary>
    /// <param name="target">Where the checklist goes and the items raised before the render.</param>
    public static RenderTarget On(RenderTarget target) => target with { Wording = Wording, Arrange = ChecklistDeduplication.Merge };
}
