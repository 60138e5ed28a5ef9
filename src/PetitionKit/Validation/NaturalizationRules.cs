using System.Globalization;
using PetitionKit.Deadlines;
using PetitionKit.Model;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>A § 1447(b) petition is ripe and filed where the applicant lives (8 U.S.C. § 1447(b); docs/legal-rules.md#naturalization-ripeness).</summary>
internal static class NaturalizationRules
{
    public static void Check(ValidationContext context)
    {
        var petition = context.Petition;
        if (petition.CaseType != CaseType.N400PostInterview1447b)
        {
            return;
        }

        CheckRipeness(context);
        CheckDistrict(context);
    }

    private static void CheckRipeness(ValidationContext context)
    {
        var index = NaturalizationPeriod.InterviewIndex(context.Petition);
        if (index < 0)
        {
            context.Error(
                DiagnosticCodes.NaturalizationNoInterview,
                "timeline",
                "A § 1447(b) petition runs from the naturalization interview; add the interview to the timeline.");
            return;
        }

        var ripeness = NaturalizationPeriod.Ripeness(context.Petition.Timeline[index].Date, context.AsOf);
        // No ripeness at all only for an interview at the calendar's end, which the date range rule reports (PK1024).
        if (ripeness is { IsRipe: false })
        {
            var ripe = ripeness.RipeOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            context.Error(
                DiagnosticCodes.NaturalizationNotRipe,
                string.Create(CultureInfo.InvariantCulture, $"timeline[{index}].date"),
                string.Create(CultureInfo.InvariantCulture, $"Only {ripeness.DaysSinceInterview} days have passed since the interview; § 1447(b) allows a petition only after the 120-day period ends, on or after {ripe}."));
        }
    }

    private static void CheckDistrict(ValidationContext context)
    {
        var petitioners = context.Petition.Petitioners;
        if (petitioners.Count == 0)
        {
            return;
        }

        var applicantIndex = Math.Max(0, petitioners.ToList().FindIndex(p => p.Role == PetitionerRole.Applicant));
        var located = ResidenceLocator.Locate(petitioners[applicantIndex], context.Catalog);
        // An unknown court is PK1040's error alone; saying it is also the wrong district would only repeat it.
        var courtId = context.Petition.Court.CourtId.Trim().ToLowerInvariant();
        if (!located.IsKnown)
        {
            context.Warning(
                DiagnosticCodes.VenueResidenceUndetermined,
                string.Create(CultureInfo.InvariantCulture, $"petitioners[{applicantIndex}].residence_district"),
                "PetitionKit cannot tell which district the applicant lives in; § 1447(b) allows only that district.");
        }
        else if (!string.Equals(located.CourtId, courtId, StringComparison.Ordinal) && context.Catalog.FindDistrict(courtId) is not null)
        {
            context.Error(
                DiagnosticCodes.NaturalizationWrongDistrict,
                "court.court_id",
                "A § 1447(b) petition can be filed only in the district where the applicant lives; this court is not that district.");
        }
    }
}
