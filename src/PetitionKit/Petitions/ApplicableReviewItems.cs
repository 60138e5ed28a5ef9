using PetitionKit.Catalogs;
using PetitionKit.Model;
using PetitionKit.Validation;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Petitions;

/// <summary>The case type's review items that can apply to this petition: the facts rule some out. An immediate
/// relative waits on no visa number, so the preference-category items go; a beneficiary who lives in a federal district
/// is not abroad, so the beneficiary-abroad item goes; and where validation has already warned that
/// the circuit is hostile (naming the catalog's reason), the item giving that reason is not repeated. The view's
/// <c>profile.review_items</c> and the raised items both read this list, so a template's copy cannot bring one back.</summary>
internal static class ApplicableReviewItems
{
    public static CaseTypeProfile For(CaseTypeProfile profile, Petition petition, ValidationReport validation)
    {
        var circuitWarned = validation.Issues.Any(i => string.Equals(i.Code, DiagnosticCodes.CircuitRisk, StringComparison.Ordinal));
        var immediateRelative = VisaClass.Of(petition) == VisaClassKind.ImmediateRelative;
        var visaWarned = validation.Issues.Any(i => i.Code is DiagnosticCodes.VisaNotAvailable
            || (i.Code is DiagnosticCodes.VisaFactsMissing && string.Equals(i.Path, "visa", StringComparison.Ordinal)));
        // Every beneficiary among the plaintiffs lives in a federal district: none is abroad.
        var beneficiaries = petition.Petitioners.Where(p => p.Role == PetitionerRole.Beneficiary).ToList();
        var noBeneficiaryAbroad = beneficiaries.Count > 0 && beneficiaries.All(p => !string.IsNullOrWhiteSpace(p.ResidenceDistrict));
        var items = profile.ReviewItems
            .Where(r => !(circuitWarned && string.Equals(r.Id, profile.CircuitRiskReviewItemId, StringComparison.Ordinal)))
            .Where(r => !(r.PreferenceOnly && (immediateRelative || visaWarned)))
            .Where(r => !(r.BeneficiaryAbroadOnly && noBeneficiaryAbroad))
            .ToList();
        return items.Count == profile.ReviewItems.Count ? profile : profile with { ReviewItems = items.AsReadOnly() };
    }
}
