using PetitionKit.Model;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>A consular case whose petition says the post is still owed documents it asked for: the government can blame
/// the delay on the applicant (<i>Karimova</i>; docs/legal-rules.md#warnings-before-a-weak-claim), so the attorney hears it before filing.</summary>
internal static class ConsularRequestRules
{
    private const string Path = "application.all_requested_documents_provided";

    public static void Check(ValidationContext context)
    {
        var petition = context.Petition;
        // Only an explicit false: an absent answer is a fact to confirm (a checklist item), not a weakness on the record.
        if (petition.Application.AllRequestedDocumentsProvided is false
            && petition.CaseType is CaseType.Ds260AdministrativeProcessing or CaseType.I129FFianceePetition)
        {
            context.Warning(
                DiagnosticCodes.RequestedDocumentsOutstanding,
                Path,
                "The petition says that not every document and item of information the consular post requested has been provided: the delay may be attributed to the applicant, and the government may argue that the case awaits the applicant, not the post. Provide what is outstanding (keep proof of delivery) before filing if possible, then set this field to true.");
        }
    }
}
