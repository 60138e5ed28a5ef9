using PetitionKit.Word.Drafting;

namespace PetitionKit.Word.Rendering;

/// <summary>Puts a render's checklist items in their final order, merging any that are one thing to check. The engine
/// orders them by category; a caller that knows when two items are the same (its own catalog's items) merges them too.</summary>
/// <param name="items">Every item the render gathered, exact duplicates removed, in the order they were raised.</param>
/// <returns>The checklist as the draft lists it.</returns>
internal delegate List<ChecklistItem> ChecklistArrangement(IReadOnlyList<ChecklistItem> items);
