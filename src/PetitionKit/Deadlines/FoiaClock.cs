namespace PetitionKit.Deadlines;

/// <summary>The FOIA determination period: 20 days excepting Saturdays, Sundays and the legal public holidays of
/// 5 U.S.C. § 6103(a) (5 U.S.C. § 552(a)(6)(A)(i)), counted conservatively (a holiday's observed weekday is skipped too),
/// so the date is the attorney's to confirm. Templates: <c>analysis.foia</c>.</summary>
/// <param name="StartDate">The day the period counts from (not itself counted). Templates: <c>start_date</c>.</param>
/// <param name="StartBasis">Which fact <paramref name="StartDate"/> comes from. Templates: <c>start_basis</c>.</param>
/// <param name="WorkingDays">The length of the period in working days: 20. Templates: <c>working_days</c>.</param>
/// <param name="EndsOn">The twentieth working day after the start, the last day for a determination. Templates: <c>ends_on</c>.</param>
/// <param name="DaysPast">Calendar days from <paramref name="EndsOn"/> to the as-of date; zero or negative while the period
/// runs. Templates: <c>days_past</c>.</param>
/// <param name="HolidaysSkipped">The legal public holidays inside the period that the count skipped, in date order.
/// Templates: <c>holidays_skipped</c>.</param>
/// <param name="InaugurationDay">An Inauguration Day inside the period: a holiday only in the Washington, D.C. area
/// (5 U.S.C. § 6103(c)), which the count does not skip; null when none. Templates: <c>inauguration_day</c>.</param>
public sealed record FoiaClock(
    DateOnly StartDate,
    FoiaClockStart StartBasis,
    int WorkingDays,
    DateOnly EndsOn,
    int DaysPast,
    IReadOnlyList<LegalPublicHoliday> HolidaysSkipped,
    DateOnly? InaugurationDay);
