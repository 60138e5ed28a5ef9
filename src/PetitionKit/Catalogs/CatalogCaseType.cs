using PetitionKit.Model;

namespace PetitionKit.Catalogs;

/// <summary>What the catalog says about a case type: the route to take when mandamus does not fit, and the statutory
/// clocks that give TRAC factor 2 content.</summary>
internal sealed record CatalogCaseType(
    CaseType CaseType,
    string? AlternativeRoute,
    IReadOnlyList<CatalogClock> StatutoryClocks);
