using PetitionKit.Model;

namespace PetitionKit.Validation;

/// <summary>What the catalog says about a case type: whether mandamus fits, the route to take when it does not, and the
/// statutory clocks that give TRAC factor 2 content.</summary>
internal sealed record CatalogCaseType(
    CaseType CaseType,
    bool MandamusFits,
    string? AlternativeRoute,
    IReadOnlyList<CatalogClock> StatutoryClocks);
