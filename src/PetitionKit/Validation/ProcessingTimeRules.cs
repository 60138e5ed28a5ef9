using System.Globalization;
using PetitionKit.Deadlines;
using PetitionKit.Model;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>A delay claim filed while the case is still within the agency's posted processing time is weak, so it is
/// warned about before the draft (docs/legal-rules.md#warnings-before-a-weak-claim).</summary>
internal static class ProcessingTimeRules
{
    public static void Check(ValidationContext context)
    {
        var petition = context.Petition;
        // A § 1447(b) petition runs on the statute's 120 days and a FOIA suit on FOIA's own clock, not on a posted time.
        if (petition.CaseType is CaseType.N400PostInterview1447b or CaseType.FoiaRecords)
        {
            return;
        }

        if (DelayCalculator.PostedTimeEnds(petition.Application.FilingDate, petition.ProcessingTime) is not { } ends || ends < context.AsOf)
        {
            return;
        }

        var posted = petition.ProcessingTime!;
        context.Warning(
            DiagnosticCodes.WithinPostedTime,
            "processing_time.posted_months",
            string.Create(CultureInfo.InvariantCulture,
                $"The case is still within the agency's posted processing time ({posted.PostedMonths} months, checked {posted.CheckedOn:yyyy-MM-dd}), which runs until {ends:yyyy-MM-dd}. A delay claim filed before then is weak: confirm the posted time is for the same form, category and office, or wait."));
    }
}
