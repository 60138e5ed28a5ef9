namespace PetitionKit.Validation;

/// <summary>One fact a case type's draft needs, for an intake form: where it goes in the petition, how much it is
/// needed, and what the draft does with it.</summary>
/// <param name="Path">The petition JSON path, <c>[]</c> standing for every item of a list (<c>petitioners[].residence</c>).</param>
/// <param name="Level">Whether the petition can be drafted without it.</param>
/// <param name="UsedFor">What the draft does with it, in plain words, to show beside the field.</param>
public sealed record FactNeed(string Path, FactLevel Level, string UsedFor)
{
    /// <summary>Gets the code validation reports at <see cref="Path"/> while the fact is missing (an error for a required
    /// fact, a warning for a recommended one); null when validation says nothing and only the draft shows the gap.</summary>
    public string? Code { get; init; }
}
