using System.Globalization;
using PetitionKit.Deadlines;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>A FOIA suit rests on constructive exhaustion: the agency's 20 working days (5 U.S.C. § 552(a)(6)(A)(i)) must
/// have run before filing (docs/legal-rules.md#the-foia-working-day-count). The days are the ones the draft pleads: counted by the working-day
/// calculator from the request's receipt, without weekends and the legal public holidays of 5 U.S.C. § 6103(a).</summary>
internal static class FoiaClockRules
{
    public static void Check(ValidationContext context)
    {
        // Filing on the last working day is still early: the agency has the whole of that day.
        // A receipt after the as-of date is already an error of its own (PK1020); no second warning for it.
        if (FoiaClockCalculator.Compute(context.Petition, context.AsOf) is not { DaysPast: <= 0 } clock || clock.StartDate > context.AsOf)
        {
            return;
        }

        context.Warning(
            DiagnosticCodes.FoiaClockNotRun,
            "application.filing_date",
            string.Create(CultureInfo.InvariantCulture,
                $"The FOIA clock has not run: the agency's 20 working days (5 U.S.C. § 552(a)(6)(A)(i)), counted from {clock.StartDate:yyyy-MM-dd} without weekends and legal public holidays (5 U.S.C. § 6103(a)), end on {clock.EndsOn:yyyy-MM-dd}. Do not file before the day after, and confirm the count by hand."));
    }
}
