using PetitionKit.Model;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>A delay petition is brought against officials in their official capacity (docs/legal-rules.md#defendants-and-officials); with none, the
/// caption would name no defendant. A FOIA suit names the agency (<c>agency</c>) instead.</summary>
internal static class DefendantRules
{
    public static void Check(ValidationContext context)
    {
        var petition = context.Petition;
        if (petition.CaseType is CaseType.FoiaRecords or CaseType.CivilRightsComplaint || petition.Officials.Count > 0)
        {
            return;
        }

        context.Error(
            DiagnosticCodes.NoDefendant,
            "officials",
            "The petition names no defendant. Add the officials sued in their official capacity, by title (for a USCIS case, usually the Secretary of Homeland Security, the USCIS Director and the director of the office holding the file).");
    }
}
