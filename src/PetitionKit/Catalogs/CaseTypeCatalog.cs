using System.Collections.Frozen;
using PetitionKit.Model;

namespace PetitionKit.Catalogs;

/// <summary>One <see cref="CaseTypeProfile"/> per <see cref="CaseType"/>, read from the library's embedded catalog.</summary>
/// <remarks>Loaded once, on first use; thread-safe.</remarks>
public static class CaseTypeCatalog
{
    private static readonly Lazy<Catalog> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets every profile, in the catalog file's order (docs/legal-rules.md#case-types).</summary>
    public static IReadOnlyList<CaseTypeProfile> All => Loaded.Value.Profiles;

    /// <summary>Gets where the catalog comes from.</summary>
    public static string SourceNote => Loaded.Value.Document.SourceNote;

    /// <summary>Gets the date the catalog's sources were checked.</summary>
    public static DateOnly VerifiedOn => Loaded.Value.Document.VerifiedOn;

    /// <summary>Gets the profile of one case type.</summary>
    /// <param name="caseType">The case type.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="caseType"/> is not a defined case type.</exception>
    public static CaseTypeProfile Get(CaseType caseType) =>
        Loaded.Value.ByCaseType.TryGetValue(caseType, out var profile)
            ? profile
            : throw new ArgumentOutOfRangeException(nameof(caseType), caseType, "No profile exists for this case type.");

    private static Catalog Load()
    {
        var document = CatalogResource.Read("case-types.json", CatalogJsonContext.Default.CaseTypesDocument);
        var profiles = CatalogResource.Freeze(document.Profiles.Select(Freeze).ToList());
        return new Catalog(document, profiles, profiles.ToFrozenDictionary(p => p.CaseType));
    }

    private static CaseTypeProfile Freeze(CaseTypeProfile profile) => profile with
    {
        DutySourceIds = CatalogResource.Freeze(profile.DutySourceIds),
        Claims = CatalogResource.Freeze(profile.Claims),
        DefaultOfficials = CatalogResource.Freeze(profile.DefaultOfficials),
        StatutoryClocks = CatalogResource.Freeze(
            profile.StatutoryClocks.Select(c => c with { EadCategories = CatalogResource.Freeze(c.EadCategories) }).ToList()),
        ReviewItems = CatalogResource.Freeze(
            profile.ReviewItems.Select(i => i with { AuthorityIds = CatalogResource.Freeze(i.AuthorityIds) }).ToList()),
        JurisdictionRiskByCircuit = profile.JurisdictionRiskByCircuit.ToFrozenDictionary(),
    };

    private sealed record Catalog(
        CaseTypesDocument Document,
        IReadOnlyList<CaseTypeProfile> Profiles,
        FrozenDictionary<CaseType, CaseTypeProfile> ByCaseType);
}
