using PetitionKit.Model;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>Case types PetitionKit recognises but must not draft as mandamus (docs/legal-rules.md#case-types).</summary>
internal static class CaseTypeRules
{
    // Why mandamus does not fit; the route that does is the catalog's alternative route, the one text of it, added after.
    private const string CivilRightsDoesNotFit =
        "Mandamus does not fit a civil-rights complaint to DHS CRCL or DOJ about racial profiling or 287(g): the law gives "
        + "the person who complains no clear, nondiscretionary duty that a court can order the agency to perform. "
        + "PetitionKit will not draft this as a mandamus petition.";

    public static void Check(ValidationContext context)
    {
        var caseType = context.Petition.CaseType;
        if (!Enum.IsDefined(caseType))
        {
            context.Error(DiagnosticCodes.CaseTypeMissing, "case_type", "Choose a case type from the list.");
            return;
        }

        var profile = context.Catalog.GetCaseType(caseType);
        if (caseType == CaseType.CivilRightsComplaint)
        {
            var route = string.IsNullOrWhiteSpace(profile.AlternativeRoute) ? string.Empty : " " + profile.AlternativeRoute;
            context.Error(DiagnosticCodes.MandamusDoesNotFit, "case_type", CivilRightsDoesNotFit + route);
        }
    }
}
