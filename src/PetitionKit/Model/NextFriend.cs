namespace PetitionKit.Model;

/// <summary>The adult through whom a minor sues: a next friend or a general guardian
/// (docs/legal-rules.md#parties-minors-and-signers). A minor never signs or appears pro se. JSON and templates: <c>petitioners[i].next_friend</c>.</summary>
public sealed record NextFriend
{
    /// <summary>Gets the adult's full name, as the caption states it. JSON and templates: <c>next_friend.name</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets whether the adult sues as next friend or as guardian. JSON and templates: <c>next_friend.capacity</c>.</summary>
    public RepresentativeCapacity Capacity { get; init; } = RepresentativeCapacity.NextFriend;

    /// <summary>Gets the adult's relationship to the minor in a word or two, such as "mother".
    /// JSON and templates: <c>next_friend.relationship</c>.</summary>
    public string? Relationship { get; init; }

    /// <summary>Gets the index in <c>petitioners</c> of the adult, when the adult is also a plaintiff; a pro se petition
    /// needs it, because the adult then signs for the minor. JSON and templates: <c>next_friend.petitioner_index</c>.</summary>
    public int? PetitionerIndex { get; init; }
}
