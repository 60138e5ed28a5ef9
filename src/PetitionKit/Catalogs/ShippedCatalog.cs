using PetitionKit.Model;

namespace PetitionKit.Catalogs;

/// <summary>Reads PetitionKit's shipped catalogs (<see cref="FederalDistricts"/>, <see cref="ReceiptOffices"/>,
/// <see cref="AuthorityCatalog"/>, <see cref="CaseTypeCatalog"/>).</summary>
internal sealed class ShippedCatalog : IPetitionCatalog
{
    public string? FindReceiptOffice(string prefix) => ReceiptOffices.Find(prefix)?.OfficeName;

    public CatalogDistrict? FindDistrict(string courtId) =>
        FederalDistricts.Find(courtId) is { } district ? ToDistrict(district) : null;

    public IReadOnlyList<CatalogDistrict> DistrictsInState(string stateCode) =>
        [.. FederalDistricts.ForState(stateCode).Select(ToDistrict)];

    public CatalogAuthority? FindAuthority(string id) =>
        AuthorityCatalog.Find(id) is { } authority
            ? new CatalogAuthority(authority.Id, authority.Citation, ToStanding(authority.Verification))
            : null;

    public string? FindDenied(string text) =>
        AuthorityCatalog.FindDenied(text) is { } denied ? $"{denied.Reason} The real case: {denied.RealCitation}." : null;

    public CaseTypeProfile GetProfile(CaseType caseType) => CaseTypeCatalog.Get(caseType);

    public FederalDistrict? FindFederalDistrict(string courtId) => FederalDistricts.Find(courtId);

    public CatalogCaseType GetCaseType(CaseType caseType)
    {
        var profile = CaseTypeCatalog.Get(caseType);
        return new CatalogCaseType(
            caseType,
            profile.AlternativeRoute,
            [.. profile.StatutoryClocks.Select(ToClock)]);
    }

    public CatalogCircuitRisk? FindCircuitRisk(CaseType caseType, string courtId)
    {
        if (FederalDistricts.Find(courtId) is not { } district || !Enum.IsDefined(caseType))
        {
            return null;
        }

        var profile = CaseTypeCatalog.Get(caseType);
        if (profile.JurisdictionRiskIn(district.Circuit) is not ({ } risk and (RiskLevel.High or RiskLevel.Elevated)))
        {
            return null;
        }

        var why = profile.ReviewItems.FirstOrDefault(i => string.Equals(i.Id, profile.CircuitRiskReviewItemId, StringComparison.Ordinal))?.Text;
        return new CatalogCircuitRisk(district.CircuitName, risk == RiskLevel.High, risk == RiskLevel.High ? "high" : "elevated", why);
    }

    private static CatalogDistrict ToDistrict(FederalDistrict district) =>
        new(district.CourtId.ToLowerInvariant(), district.Name, district.State.ToUpperInvariant());

    private static AuthorityStanding ToStanding(VerificationStatus status) => status switch
    {
        VerificationStatus.Verified => AuthorityStanding.Verified,
        VerificationStatus.SecondaryOnly => AuthorityStanding.SecondaryOnly,
        _ => AuthorityStanding.Unverified,
    };

    // A FOIA request clock (Request) runs from the request, which the petition records as the filing date.
    private static CatalogClock ToClock(StatutoryClock clock) =>
        new(clock.Description, clock.AuthorityId, clock.Days, clock.Trigger == ClockTrigger.Interview, clock.IsHortatory)
        {
            Id = clock.Id,
            Trigger = clock.Trigger,
            Step = clock.Step,
            Pleading = clock.Pleading,
            Caveat = clock.Caveat,
            EadCategories = clock.EadCategories,
        };
}
