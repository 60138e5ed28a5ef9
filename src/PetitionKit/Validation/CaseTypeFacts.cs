using PetitionKit.Model;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>The facts each case type's draft needs, required and recommended, with what each is used for: what an
/// intake form asks, and how it shows progress. Each fact with a <see cref="FactNeed.Code"/> is the validator's own
/// rule (a test removes the fact from a sample petition of each case type and expects that code at that path), so the
/// form and the validator cannot drift apart.</summary>
public static class CaseTypeFacts
{
    /// <summary>The facts a case type needs, required ones first, each in the order an intake form would ask it.</summary>
    /// <param name="caseType">The case type.</param>
    /// <returns>The facts; for a civil-rights complaint, which mandamus does not fit (PK1100), only the case type.</returns>
    public static IReadOnlyList<FactNeed> For(CaseType caseType)
    {
        if (caseType == CaseType.CivilRightsComplaint)
        {
            return [new("case_type", FactLevel.Required, "Mandamus does not fit a civil-rights complaint; the petition is refused with the FOIA and referral routes instead.") { Code = DiagnosticCodes.MandamusDoesNotFit }];
        }

        var foia = caseType == CaseType.FoiaRecords;
        List<FactNeed> facts =
        [
            new("case_type", FactLevel.Required, "Picks the claims, the defendants, the statutory clocks and the built-in template.") { Code = DiagnosticCodes.JsonMissingRequired },
            new("court.court_id", FactLevel.Required, "The caption, venue and the circuit's jurisdiction risk.") { Code = DiagnosticCodes.JsonMissingRequired },
            new("agency", FactLevel.Required, foia ? "The agency that holds the records, named as the defendant." : "The agency that holds the delayed matter.") { Code = DiagnosticCodes.JsonMissingRequired },
            new("petitioners", FactLevel.Required, "The plaintiffs in the caption and the parties section; at least one.") { Code = DiagnosticCodes.JsonMissingRequired },
            new("application.form", FactLevel.Required, foia ? "Names the request (FOIA)." : "Names the delayed application, such as I-485.") { Code = DiagnosticCodes.JsonMissingRequired },
            new("application.filing_date", FactLevel.Required, foia ? "The day the request was sent; the agency's 20 working days are counted from its receipt." : "The delay is counted from this day.") { Code = DiagnosticCodes.JsonMissingRequired },
        ];
        if (!foia)
        {
            facts.Add(new("officials", FactLevel.Required, "The defendants, sued in their official capacity by title.") { Code = DiagnosticCodes.NoDefendant });
        }

        facts.AddRange(CaseTypeSpecific(caseType, FactLevel.Required));
        facts.Add(new("signer", FactLevel.Required, "Who signs, with the address, telephone and e-mail Fed. R. Civ. P. 11(a) requires.") { Code = DiagnosticCodes.SignerMissing });
        facts.Add(new("signer.bar_number", FactLevel.Recommended, "Most local rules require the attorney's bar number in the signature block.") { Code = DiagnosticCodes.SignerBarNumberMissing });
        if (!foia)
        {
            facts.Add(new("application.receipt_number", FactLevel.Recommended, "Identifies the application in the complaint and the proposed order."));
            facts.Add(new("processing_time", FactLevel.Recommended, "TRAC factor 1: how far the wait exceeds the agency's own posted processing time."));
        }

        facts.AddRange(CaseTypeSpecific(caseType, FactLevel.Recommended));
        facts.Add(new("petitioners[].residence", FactLevel.Recommended, "Venue where a plaintiff resides (28 U.S.C. § 1391(e)(1)(C)), and the division."));
        facts.Add(new("timeline", FactLevel.Recommended, "Inquiries and requests to expedite: exhaustion and TRAC factor 6."));
        facts.Add(new("harms", FactLevel.Recommended, "TRAC factors 3 and 5: what the delay costs, with the person it harms."));
        facts.Add(new("exhibits", FactLevel.Recommended, "The exhibits each fact cites, and the exhibit index."));
        return facts;
    }

    private static IEnumerable<FactNeed> CaseTypeSpecific(CaseType caseType, FactLevel level) =>
        Specific(caseType).Where(f => f.Level == level);

    private static IEnumerable<FactNeed> Specific(CaseType caseType)
    {
        switch (caseType)
        {
            case CaseType.N400PostInterview1447b:
                yield return new("timeline", FactLevel.Required, "The naturalization interview: the 120 days of 8 U.S.C. § 1447(b) run from it.") { Code = DiagnosticCodes.NaturalizationNoInterview };
                break;
            case CaseType.I765EmploymentAuthorization:
                yield return new("application.ead_category", FactLevel.Required, "The eligibility category as printed on the form, such as (c)(8): the duty and the clocks depend on it.") { Code = DiagnosticCodes.EadCategoryMissing };
                break;
            case CaseType.Ds260AdministrativeProcessing:
                yield return new("timeline", FactLevel.Recommended, "The consular refusal under INA § 221(g): the delay runs from it.") { Code = DiagnosticCodes.RefusalNotRecorded };
                break;
            case CaseType.FoiaRecords:
                yield return new("foia.tracking_number", FactLevel.Recommended, "The agency's tracking number for the request.");
                yield return new("foia.component_received_on", FactLevel.Recommended, "The day the right component received the request, from which the 20 working days are counted.");
                yield break;
        }

        if (caseType is CaseType.I485AdjustmentOfStatus or CaseType.I130PetitionForAlienRelative or CaseType.Ds260AdministrativeProcessing or CaseType.I526I829Eb5)
        {
            yield return new("visa", FactLevel.Recommended, "Whether a visa number is available (the Visa Bulletin's date, the priority date, the day checked), for a preference or employment category: TRAC factors 4 and 5.") { Code = DiagnosticCodes.VisaFactsMissing };
        }
    }
}
