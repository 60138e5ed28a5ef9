using PetitionKit.Deadlines;
using PetitionKit.Model;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>The facts a case type's clocks depend on: an I-765's eligibility category (the 30-day rule is for (c)(8)
/// only) and a consular refusal under INA § 221(g) (the delay runs from it, not from the DS-260).</summary>
internal static class ClockRules
{
    private const string CategoryPath = "application.ead_category";

    public static void Check(ValidationContext context)
    {
        CheckEadCategory(context);
        CheckRefusal(context);
    }

    private static void CheckEadCategory(ValidationContext context)
    {
        var petition = context.Petition;
        var category = petition.Application.EadCategory;
        var isEad = petition.CaseType == CaseType.I765EmploymentAuthorization;
        if (string.IsNullOrWhiteSpace(category))
        {
            if (isEad)
            {
                context.Error(
                    DiagnosticCodes.EadCategoryMissing,
                    CategoryPath,
                    "An I-765 needs its eligibility category as printed on the form, such as (c)(8), (c)(9) or (a)(12): the duty and the clocks depend on it (the 30-day rule applies to an initial (c)(8) application only).");
            }

            return;
        }

        if (!isEad)
        {
            context.Warning(
                DiagnosticCodes.EadCategoryNotAnEad,
                CategoryPath,
                "An eligibility category belongs to an I-765 only; this case type ignores it. Remove it, or choose the case type i765_employment_authorization.");
            return;
        }

        if (EadCategoryCode.Normalize(category) is not { } normalized)
        {
            context.Error(
                DiagnosticCodes.EadCategoryMalformed,
                CategoryPath,
                $"'{category}' is not an I-765 eligibility category. Write it as the form does: a paragraph letter, a number and sometimes a letter, such as (c)(8), (c)(9), (a)(12) or (c)(3)(C).");
            return;
        }

        CheckDutySources(context, normalized);
    }

    // A duty source that only sets a clock for other categories (8 C.F.R. § 208.7 for (c)(8)) would plead a rule that does
    // not cover this application.
    private static void CheckDutySources(ValidationContext context, string category)
    {
        var clocks = context.Catalog.GetCaseType(context.Petition.CaseType).StatutoryClocks;
        var sources = context.Petition.Duty.LegalSources;
        for (var i = 0; i < sources.Count; i++)
        {
            var clock = clocks.FirstOrDefault(c =>
                string.Equals(c.AuthorityId, sources[i], StringComparison.Ordinal)
                && c.EadCategories.Count > 0
                && !c.EadCategories.Contains(category, StringComparer.Ordinal));
            if (clock is not null)
            {
                context.Warning(
                    DiagnosticCodes.ClockAuthorityOutsideCategory,
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"duty.legal_sources[{i}]"),
                    $"{sources[i]} sets a period for category {string.Join(" or ", clock.EadCategories)} only, not for {category}: remove it from the duty's sources.");
            }
        }
    }

    private static void CheckRefusal(ValidationContext context)
    {
        var petition = context.Petition;
        if (petition.CaseType == CaseType.Ds260AdministrativeProcessing && DelayCalculator.RefusalDate(petition) is null)
        {
            context.Warning(
                DiagnosticCodes.RefusalNotRecorded,
                "timeline",
                "A visa held in administrative processing is delayed from the consular refusal under INA § 221(g), not from the DS-260: add the refusal to the timeline (kind administrative_processing_refusal). Until then the draft shows the time pending as missing.");
        }
    }
}
