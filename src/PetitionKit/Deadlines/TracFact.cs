namespace PetitionKit.Deadlines;

/// <summary>One fact from the petition that bears on a TRAC factor. Templates: an item of <c>facts</c>.</summary>
/// <param name="Text">The fact in one plain sentence, for the attorney's review. Templates: <c>text</c>.</param>
/// <param name="Path">Where the fact comes from in the petition, such as <c>harms[0]</c>. Templates: <c>path</c>.</param>
/// <param name="ExhibitLabel">The exhibit that proves it, if any. Templates: <c>exhibit_label</c>.</param>
public sealed record TracFact(string Text, string Path, string? ExhibitLabel);
