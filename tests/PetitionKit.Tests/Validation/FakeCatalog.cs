using PetitionKit.Catalogs;
using PetitionKit.Model;

namespace PetitionKit.Tests.Validation;

/// <summary>A fixed catalog, so that the rules are tested against known facts rather than the shipped data.</summary>
internal sealed class FakeCatalog : IPetitionCatalog
{
    public static readonly FakeCatalog Instance = new();

    private static readonly CatalogDistrict[] Districts =
    [
        new("cand", "Northern District of California", "CA"),
        new("cacd", "Central District of California", "CA"),
        new("dcd", "District of Columbia", "DC"),
        new("vtd", "District of Vermont", "VT"),
    ];

    private static readonly Dictionary<string, string> Offices = new(StringComparer.Ordinal)
    {
        ["EAC"] = "Vermont Service Center",
        ["LIN"] = "Nebraska Service Center",
        ["IOE"] = "USCIS ELIS",
        ["ZNK"] = "Newark Asylum Office",
    };

    private static readonly CatalogAuthority[] Authorities =
    [
        new("5-usc-555-b", "5 U.S.C. § 555(b)", AuthorityStanding.Verified),
        new("5-usc-706-1", "5 U.S.C. § 706(1)", AuthorityStanding.Verified),
        new("trac", "Telecommunications Research & Action Center v. FCC, 750 F.2d 70 (D.C. Cir. 1984)", AuthorityStanding.SecondaryOnly),
        new("heckler-v-ringer", "Heckler v. Ringer, 466 U.S. 602 (1984)", AuthorityStanding.Unverified),
    ];

    public string? FindReceiptOffice(string prefix) => Offices.GetValueOrDefault(prefix);

    public CatalogDistrict? FindDistrict(string courtId) => Array.Find(Districts, d => string.Equals(d.CourtId, courtId, StringComparison.Ordinal));

    public IReadOnlyList<CatalogDistrict> DistrictsInState(string stateCode) => [.. Districts.Where(d => string.Equals(d.StateCode, stateCode, StringComparison.Ordinal))];

    public CatalogAuthority? FindAuthority(string id) => Array.Find(Authorities, a => string.Equals(a.Id, id, StringComparison.Ordinal));

    public string? FindDenied(string text) =>
        text.Contains("alvarez-v-ice", StringComparison.OrdinalIgnoreCase) || text.Contains("alvarez v. ice", StringComparison.OrdinalIgnoreCase)
            ? "the real Alvarez v. ICE is an adverse Bivens decision, 818 F.3d 1194 (11th Cir. 2016)."
            : null;

    public CatalogCircuitRisk? FindCircuitRisk(CaseType caseType, string courtId) =>
        caseType == CaseType.I485AdjustmentOfStatus && string.Equals(courtId, "flsd", StringComparison.Ordinal)
            ? new CatalogCircuitRisk("Eleventh Circuit", true, "high", "Fake: the circuit bars I-485 delay suits.")
            : null;

    public CatalogCaseType GetCaseType(CaseType caseType) => caseType switch
    {
        CaseType.I589AffirmativeAsylum => new(caseType, null, [new("Asylum adjudication within 180 days", "usc-8-1158-d-5-a-iii", 180, false)]),
        CaseType.N400PostInterview1447b => new(caseType, null, [new("Naturalization decision within 120 days of the interview", "usc-8-1447b", 120, true)]),
        CaseType.CivilRightsComplaint => new(caseType, "See the FOIA checklist.", []),
        _ => new(caseType, null, []),
    };

    // No rule reads the whole entries, which only templates print: the shipped ones serve.
    public CaseTypeProfile GetProfile(CaseType caseType) => CaseTypeCatalog.Get(caseType);

    public FederalDistrict? FindFederalDistrict(string courtId) => FederalDistricts.Find(courtId);
}
