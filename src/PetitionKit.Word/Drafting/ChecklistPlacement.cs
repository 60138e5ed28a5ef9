
namespace PetitionKit.Word.Drafting;

/// <summary>Where the attorney review checklist is written. It can be moved, never dropped.</summary>
public enum ChecklistPlacement
{
    /// <summary>In the draft itself, in a last section starting on a new page.</summary>
    Appendix = 0,

    /// <summary>In a document of its own, written beside the draft and marked as a draft too.</summary>
    SeparateDocument = 1,
}
