namespace PetitionKit.Catalogs;

/// <summary>The shape of <c>Data/defendant-offices.json</c>.</summary>
internal sealed record DefendantOfficesDocument
{
    public required DateOnly VerifiedOn { get; init; }

    public required string SourceNote { get; init; }

    public required IReadOnlyList<DefendantOffice> Offices { get; init; }
}
