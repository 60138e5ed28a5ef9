using PetitionKit.Word.Drafting;

namespace PetitionKit.Word.Rendering;

/// <summary>A scan of one rendered story part's text, one paragraph per line.</summary>
/// <param name="partDescription">The part, as people name it ("body").</param>
/// <param name="text">The text; only valid during the call.</param>
/// <returns>The checklist items for what the scan found.</returns>
internal delegate IReadOnlyList<ChecklistItem> TextScan(string partDescription, ReadOnlySpan<char> text);
