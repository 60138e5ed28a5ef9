using PetitionKit.Model;

namespace PetitionKit.Validation;

/// <summary>Reads PetitionKit's shipped catalogs.</summary>
internal sealed class ShippedCatalog : IPetitionCatalog
{
    // TODO(#4): the catalogs branch is not merged yet; until it is, nothing is known, so every authority is reported as
    // unknown and every receipt prefix as unlisted: the safe failure, never a guess.
    public string? FindReceiptOffice(string prefix) => null;

    public CatalogDistrict? FindDistrict(string courtId) => null;

    public IReadOnlyList<CatalogDistrict> DistrictsInState(string stateCode) => [];

    public CatalogAuthority? FindAuthority(string id) => null;

    public string? FindDenied(string text) => null;

    public CatalogCaseType GetCaseType(CaseType caseType) =>
        new(caseType, caseType != CaseType.CivilRightsComplaint, null, []);
}
