namespace PetitionKit.Catalogs;

/// <summary>The shape of <c>Data/federal-districts.json</c>.</summary>
internal sealed record FederalDistrictsDocument
{
    public required DateOnly VerifiedOn { get; init; }

    public required string SourceNote { get; init; }

    public required VerificationStatus CourtIdVerification { get; init; }

    public required VerificationStatus CircuitVerification { get; init; }

    public required VerificationStatus NameVerification { get; init; }

    public required IReadOnlyList<FederalDistrict> Districts { get; init; }
}
