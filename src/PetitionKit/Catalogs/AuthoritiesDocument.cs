namespace PetitionKit.Catalogs;

/// <summary>The shape of <c>Data/authorities.json</c>.</summary>
internal sealed record AuthoritiesDocument
{
    public required DateOnly VerifiedOn { get; init; }

    public required string SourceNote { get; init; }

    public required IReadOnlyList<Authority> Authorities { get; init; }

    public required IReadOnlyList<DeniedAuthority> Denied { get; init; }
}
