using PetitionKit.Model;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Templates;

/// <summary>Whether a template fits a petition's case type. A built-in template pleads one kind of case (a FOIA complaint
/// drafted about an I-485 would misstate the claim), so a built-in that does not fit is refused. A custom template
/// declares nothing and is not restricted: its author answers for what it pleads.</summary>
internal static class TemplateFit
{
    /// <summary>The issue a mismatched template raises, or null when it fits (always, for a custom template).</summary>
    public static Diagnostic? Check(PetitionTemplate template, CaseType caseType)
    {
        if (BuiltInTemplates.IdOf(template) is not { } id || !Enum.IsDefined(caseType) || Fits(id, caseType))
        {
            return null;
        }

        var fitting = BuiltInTemplates.ForCaseType(caseType) is { } own
            ? $" Use the built-in template ‘{own}’ (the default for this case type), or a custom template."
            : " No built-in template drafts this case type.";
        return new Diagnostic(
            DiagnosticCodes.TemplateDoesNotFit,
            DiagnosticSeverity.Error,
            "case_type",
            $"The built-in template ‘{id}’ does not draft this case type: {Catalogs.CaseTypeCatalog.Get(caseType).DisplayName} ({Words.Of(caseType)}).{fitting}");
    }

    /// <summary>The case types each built-in template pleads (see each template's README).</summary>
    public static bool Fits(string id, CaseType caseType) => id switch
    {
        BuiltInTemplates.Naturalization1447b => caseType == CaseType.N400PostInterview1447b,
        BuiltInTemplates.ConsularDelay => caseType is CaseType.Ds260AdministrativeProcessing or CaseType.I129FFianceePetition,
        BuiltInTemplates.Foia => caseType == CaseType.FoiaRecords,
        BuiltInTemplates.UscisDelay => caseType is not (CaseType.N400PostInterview1447b or CaseType.Ds260AdministrativeProcessing
            or CaseType.FoiaRecords or CaseType.CivilRightsComplaint),
        _ => true,
    };
}
