namespace PetitionKit.Deadlines;

/// <summary>Where the case stands against a time limit set by statute or regulation (TRAC factor 2).
/// Templates: an item of <c>analysis.statutory_clocks</c>.</summary>
/// <param name="Name">The limit in words. Templates: <c>name</c>.</param>
/// <param name="AuthorityId">The catalog id of the authority that sets it. Templates: <c>authority_id</c>.</param>
/// <param name="Days">The length of the period in calendar days; null when the law counts working days (the FOIA period,
/// whose dates come from <see cref="DelaySummary.Foia"/>). Templates: <c>days</c>.</param>
/// <param name="StartDate">The day it runs from, or null when that event has not happened. Templates: <c>start_date</c>.</param>
/// <param name="EndsOn">The last day of the period, or null. Templates: <c>ends_on</c>.</param>
/// <param name="DaysPast">Days since the period ended; negative while it is still running; null without a start.
/// Templates: <c>days_past</c>.</param>
/// <param name="IsHortatory">Whether the limit only states an expectation, such as the "sense of Congress" of 8 U.S.C.
/// § 1571(b): TRAC factor 2 content, never a missed deadline. Templates: <c>is_hortatory</c>.</param>
public sealed record StatutoryClockStatus(
    string Name, string AuthorityId, int? Days, DateOnly? StartDate, DateOnly? EndsOn, int? DaysPast, bool IsHortatory);
