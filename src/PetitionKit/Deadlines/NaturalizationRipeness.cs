namespace PetitionKit.Deadlines;

/// <summary>Whether a petition under 8 U.S.C. § 1447(b) may be filed: the 120-day period after the interview must have
/// ended, so the petition is ripe from day 121. Templates: <c>analysis.naturalization</c>.</summary>
/// <param name="InterviewDate">The day of the initial interview. Templates: <c>interview_date</c>.</param>
/// <param name="DaysSinceInterview">Days from the day after the interview through the as-of day.
/// Templates: <c>days_since_interview</c>.</param>
/// <param name="RipeOn">Day 121 after the interview, the first day a petition may be filed. Templates: <c>ripe_on</c>.</param>
/// <param name="IsRipe">Whether the as-of day is on or after <paramref name="RipeOn"/>. Templates: <c>is_ripe</c>.</param>
public sealed record NaturalizationRipeness(DateOnly InterviewDate, int DaysSinceInterview, DateOnly RipeOn, bool IsRipe)
{
    /// <summary>Gets day 120 after the interview, the last day of "the 120-day period after the date on which the
    /// examination is conducted": the period ends on this day, and the petition ripens the day after
    /// (<see cref="RipeOn"/>). Templates: <c>period_ends_on</c>.</summary>
    public DateOnly PeriodEndsOn => RipeOn.AddDays(-1);
}
