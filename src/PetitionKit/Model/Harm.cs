namespace PetitionKit.Model;

/// <summary>A harm the delay causes, for TRAC factors 3 and 5. JSON and templates: an item of <c>harms</c>.</summary>
public sealed record Harm
{
    /// <summary>Gets the kind of harm. JSON and templates: <c>harms[i].kind</c>.</summary>
    public required HarmKind Kind { get; init; }

    /// <summary>Gets the facts in plain words. JSON and templates: <c>harms[i].description</c>.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the 0-based index in <c>petitioners</c> of the person harmed; null when it harms all of them.
    /// JSON and templates: <c>harms[i].petitioner_index</c>.</summary>
    public int? PetitionerIndex { get; init; }

    /// <summary>Gets the label of the exhibit that supports it, such as a declaration. JSON and templates: <c>harms[i].exhibit_label</c>.</summary>
    public string? ExhibitLabel { get; init; }
}
