namespace PetitionKit.Catalogs;

/// <summary>The shape of <c>Data/case-types.json</c>.</summary>
internal sealed record CaseTypesDocument
{
    public required DateOnly VerifiedOn { get; init; }

    public required string SourceNote { get; init; }

    public required IReadOnlyList<CaseTypeProfile> Profiles { get; init; }
}
