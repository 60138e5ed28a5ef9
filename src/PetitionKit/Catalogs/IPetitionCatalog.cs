using PetitionKit.Model;

namespace PetitionKit.Catalogs;

/// <summary>The catalog facts validation, the delay analysis and the template view need, behind one small seam so that
/// the rules can be tested with a fixed catalog and read the shipped one through <see cref="PetitionCatalogs.Default"/>.
/// It lives beside the catalogs, below every namespace that reads it (docs/legal-rules.md#how-the-code-is-layered).</summary>
internal interface IPetitionCatalog
{
    /// <summary>Returns the office a receipt prefix stands for, or null when the prefix is not listed.</summary>
    public string? FindReceiptOffice(string prefix);

    /// <summary>Returns the district with this court id, or null.</summary>
    public CatalogDistrict? FindDistrict(string courtId);

    /// <summary>Returns the districts of a state or territory, by two-letter code; empty when unknown.</summary>
    public IReadOnlyList<CatalogDistrict> DistrictsInState(string stateCode);

    /// <summary>Returns the authority with this id, or null.</summary>
    public CatalogAuthority? FindAuthority(string id);

    /// <summary>Returns why a citation is on the deny-list, or null when it is not.</summary>
    public string? FindDenied(string text);

    /// <summary>Returns what the catalog says about a case type.</summary>
    public CatalogCaseType GetCaseType(CaseType caseType);

    /// <summary>Returns the case type's whole catalog entry, as templates see it (<c>profile</c>).</summary>
    public CaseTypeProfile GetProfile(CaseType caseType);

    /// <summary>Returns the whole catalog entry of the district with this court id, as templates see it
    /// (<c>district</c>), or null.</summary>
    public FederalDistrict? FindFederalDistrict(string courtId);

    /// <summary>Returns the jurisdiction risk the case type carries in the court's circuit when it is elevated or high,
    /// else null (docs/legal-rules.md#warnings-before-a-weak-claim).</summary>
    public CatalogCircuitRisk? FindCircuitRisk(CaseType caseType, string courtId);
}
