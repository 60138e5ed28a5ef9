namespace PetitionKit.Catalogs;

/// <summary>One of the 94 federal judicial districts (docs/legal-rules.md#venue).</summary>
/// <remarks>Immutable. Court ids and circuits are verified; names and Bluebook abbreviations are general knowledge the
/// attorney confirms (see <see cref="FederalDistricts.NameVerification"/>).</remarks>
public sealed record FederalDistrict
{
    /// <summary>Gets the lowercase CM/ECF (CourtListener) court id, such as <c>ilnd</c>.</summary>
    public required string CourtId { get; init; }

    /// <summary>Gets the district's name, such as <c>Northern District of Illinois</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the name as it follows "UNITED STATES DISTRICT COURT FOR THE" in a caption, such as
    /// <c>NORTHERN DISTRICT OF ILLINOIS</c>.</summary>
    public string CaptionName => Name.ToUpperInvariant();

    /// <summary>Gets the Bluebook abbreviation, such as <c>N.D. Ill.</c>.</summary>
    public required string Bluebook { get; init; }

    /// <summary>Gets the circuit number: 1 to 11, or <see cref="FederalDistricts.DistrictOfColumbiaCircuit"/> (12) for the
    /// D.C. Circuit.</summary>
    public required int Circuit { get; init; }

    /// <summary>Gets the circuit's name, such as <c>Seventh Circuit</c> or <c>D.C. Circuit</c>.</summary>
    public string CircuitName => FederalDistricts.NameOfCircuit(Circuit);

    /// <summary>Gets the two-letter postal code of the state or territory, such as <c>IL</c>, <c>DC</c> or <c>PR</c>.</summary>
    public required string State { get; init; }

    /// <summary>Gets the name of the state or territory, such as <c>Illinois</c>.</summary>
    public required string StateName { get; init; }

    /// <summary>Gets the divisions a caption may name, or an empty list where the catalog carries none yet.</summary>
    public IReadOnlyList<string> Divisions { get; init; } = [];

    /// <summary>Gets where <see cref="Divisions"/> comes from, or <see langword="null"/> when the list is empty.</summary>
    public string? DivisionsSource { get; init; }
}
