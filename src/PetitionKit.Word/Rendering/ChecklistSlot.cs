
namespace PetitionKit.Word.Rendering;

/// <summary>What a render writes where the review checklist goes.</summary>
internal enum ChecklistSlot
{
    /// <summary>The checklist as the draft's last section.</summary>
    Appendix,

    /// <summary>A note that the checklist was issued as a separate document.</summary>
    Note,

    /// <summary>The checklist with its title as the body of the separate checklist document.</summary>
    Standalone,
}
