using PublicHoliday;

namespace PetitionKit.Deadlines;

/// <summary>The eleven legal public holidays of 5 U.S.C. § 6103(a), with their observed days (authorities.md § 2).</summary>
/// <remarks>The list is PetitionKit's own, so it is exactly the statute's: a holiday the library adds is never counted,
/// and Juneteenth counts only from 2021, the year it was added. The library computes each date and its observed day
/// (Saturday to the Friday before, Sunday to the Monday after). Inauguration Day (§ 6103(c)) is a holiday only in the
/// Washington, D.C. area, so it is not in this list; <see cref="InaugurationDay"/> names it for the checklist.</remarks>
internal static class LegalPublicHolidays
{
    private const int JuneteenthFirstYear = 2021;

    private static readonly (string Name, Func<int, Holiday> Compute)[] Statute =
    [
        ("New Year's Day", USAPublicHoliday.NewYear),
        ("Birthday of Martin Luther King, Jr.", USAPublicHoliday.MartinLutherKing),
        ("Washington's Birthday", USAPublicHoliday.PresidentsDay),
        ("Memorial Day", USAPublicHoliday.MemorialDay),
        ("Juneteenth National Independence Day", USAPublicHoliday.Juneteenth),
        ("Independence Day", USAPublicHoliday.IndependenceDay),
        ("Labor Day", USAPublicHoliday.LaborDay),
        ("Columbus Day", USAPublicHoliday.ColumbusDay),
        ("Veterans Day", USAPublicHoliday.VeteransDay),
        ("Thanksgiving Day", USAPublicHoliday.Thanksgiving),
        ("Christmas Day", USAPublicHoliday.Christmas),
    ];

    /// <summary>The holidays whose statutory date falls in <paramref name="year"/>, in calendar order. New Year's Day on a
    /// Saturday is observed on December 31 of the year before.</summary>
    public static IReadOnlyList<LegalPublicHoliday> InYear(int year)
    {
        var holidays = new List<LegalPublicHoliday>(Statute.Length);
        foreach (var (name, compute) in Statute)
        {
            if (name.StartsWith("Juneteenth", StringComparison.Ordinal) && year < JuneteenthFirstYear)
            {
                continue;
            }

            var holiday = compute(year);
            holidays.Add(new LegalPublicHoliday(
                name, DateOnly.FromDateTime(holiday.HolidayDate), DateOnly.FromDateTime(holiday.ObservedDate)));
        }

        return holidays;
    }

    /// <summary>Inauguration Day in <paramref name="year"/> (January 20 of the year after a presidential election), or
    /// null in other years. A holiday only for the Washington, D.C. area (5 U.S.C. § 6103(c)); never skipped in a count.</summary>
    public static DateOnly? InaugurationDay(int year) => year % 4 == 1 ? new DateOnly(year, 1, 20) : null;
}
