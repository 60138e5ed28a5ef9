using System.Globalization;
using PetitionKit.Model;

namespace PetitionKit.Validation;

/// <summary>A FOIA suit rests on constructive exhaustion: the agency's 20 working days (5 U.S.C. § 552(a)(6)(A)(i)) must
/// have run before filing (legal brief §2.14). Legal public holidays also stop the count; PetitionKit does not hold a
/// holiday calendar, so it warns for certain only when too few weekdays have passed, and asks for a count by hand when
/// holidays could still decide it.</summary>
internal static class FoiaClockRules
{
    private const int WorkingDays = 20;

    // No stretch of the calendar short enough to matter here holds more than three legal public holidays
    // (late December to mid-January holds Christmas Day, New Year's Day and Birthday of Martin Luther King, Jr.).
    private const int MostHolidaysInReach = 3;

    public static void Check(ValidationContext context)
    {
        var petition = context.Petition;
        if (petition.CaseType != CaseType.FoiaRecords)
        {
            return;
        }

        var requested = petition.Application.FilingDate;
        var weekdays = WeekdaysAfter(requested, context.AsOf);
        if (weekdays < WorkingDays)
        {
            context.Warning(
                ValidationCodes.FoiaClockNotRun,
                "application.filing_date",
                string.Create(CultureInfo.InvariantCulture,
                    $"The FOIA clock has not run: only {weekdays} weekdays have passed since the request of {requested:yyyy-MM-dd}, and the agency has 20 working days (5 U.S.C. § 552(a)(6)(A)(i)). Do not file until they have passed."));
        }
        else if (weekdays < WorkingDays + MostHolidaysInReach)
        {
            context.Warning(
                ValidationCodes.FoiaClockNotRun,
                "application.filing_date",
                string.Create(CultureInfo.InvariantCulture,
                    $"The FOIA clock may not have run: {weekdays} weekdays have passed since the request of {requested:yyyy-MM-dd}, and legal public holidays do not count toward the 20 working days (5 U.S.C. § 552(a)(6)(A)(i)). Count them by hand before filing."));
        }
    }

    // Mondays to Fridays from the day after the request through the as-of day.
    private static int WeekdaysAfter(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to && count < WorkingDays + MostHolidaysInReach; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                count++;
            }
        }

        return count;
    }
}
