using System.Globalization;
using PetitionKit.Model;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>A preference, employment or investor case waits on a visa number: when the Visa Bulletin shows none available,
/// the government argues TRAC factors 4 and 5 and, for an I-485, § 1252(a)(2)(B)(ii)
/// (docs/legal-rules.md#warnings-before-a-weak-claim).
/// PetitionKit never reads the bulletin; it checks what the caller recorded from it.</summary>
internal static class VisaAvailabilityRules
{
    public static void Check(ValidationContext context)
    {
        var petition = context.Petition;
        if (VisaClass.Of(petition) != VisaClassKind.Preference)
        {
            return;
        }

        if (petition.Visa is not { } visa)
        {
            context.Warning(
                DiagnosticCodes.VisaFactsMissing,
                "visa",
                "This looks like a preference or employment case, but the petition does not say whether a visa is available. Record the Visa Bulletin's final action date for the category and country of chargeability, the priority date, and the day you checked: retrogression is the main dismissal trigger, and where no visa is available the government argues TRAC factors 4 and 5.");
            return;
        }

        if (visa.CheckedOn is null)
        {
            context.Warning(DiagnosticCodes.VisaFactsMissing, "visa.checked_on", "Record the day you read the Visa Bulletin: its dates change every month.");
        }

        if (visa.IsCurrent)
        {
            return;
        }

        if (visa.FinalActionDate is not { } finalAction)
        {
            context.Warning(
                DiagnosticCodes.VisaFactsMissing,
                "visa.final_action_date",
                "A preference case needs the Visa Bulletin's final action date for its category and country of chargeability (or is_current when the chart shows \"C\"); without it the draft cannot be checked against visa availability.");
            return;
        }

        if (visa.PriorityDate is not { } priority)
        {
            context.Warning(DiagnosticCodes.VisaFactsMissing, "visa.priority_date", "Record the priority date, so that it can be compared with the final action date.");
            return;
        }

        // The bulletin's chart is current for a priority date earlier than the listed date (9 FAM is not in the catalog;
        // this is how the bulletin states its own dates).
        if (priority >= finalAction)
        {
            var country = string.IsNullOrWhiteSpace(visa.Chargeability) ? string.Empty : $" ({visa.Chargeability.Trim()})";
            var checkedOn = visa.CheckedOn is { } on ? string.Create(CultureInfo.InvariantCulture, $", checked {on:yyyy-MM-dd}") : string.Empty;
            context.Warning(
                DiagnosticCodes.VisaNotAvailable,
                "visa.priority_date",
                string.Create(CultureInfo.InvariantCulture,
                    $"No visa is available: the priority date {priority:yyyy-MM-dd} is not earlier than the final action date {finalAction:yyyy-MM-dd} for {visa.Category.Trim()}{country} in the Visa Bulletin{checkedOn}. {Consequence(petition.CaseType)}"));
        }
    }

    // What the domain files say a missing visa means: preference cases face TRAC factor 4 and 5 arguments, and the
    // circuits that bar I-485 delay suits under § 1252(a)(2)(B)(ii) do so at least where the delay flows from visa
    // availability. Nothing in them says when an agency may finish a case without a visa, so the warning does not either.
    private static string Consequence(CaseType caseType) => caseType == CaseType.I485AdjustmentOfStatus
        ? "While no visa is available, expect the government to argue TRAC factors 4 and 5 and 8 U.S.C. § 1252(a)(2)(B)(ii): the circuits that bar I-485 delay suits do so at least where the delay flows from visa availability."
        : "While no visa is available, expect the government to argue TRAC factors 4 and 5.";
}
