using PetitionKit.Catalogs;

namespace PetitionKit.Deadlines;

/// <summary>Where the case stands against a time limit set by statute or regulation (TRAC factor 2). Only the clocks
/// whose conditions the petition meets are listed (the 30-day asylum EAD rule only for category (c)(8)).
/// Templates: an item of <c>analysis.statutory_clocks</c>.</summary>
/// <param name="Name">The limit in words, for the attorney. Templates: <c>name</c>.</param>
/// <param name="AuthorityId">The catalog id of the authority that sets it. Templates: <c>authority_id</c>.</param>
/// <param name="Days">The length of the period in calendar days; null when the law counts working days (the FOIA period,
/// whose dates come from the working-day count in <see cref="DelaySummary.Foia"/>). Templates: <c>days</c>.</param>
/// <param name="StartDate">The day it runs from, or null when that event is not recorded. Templates: <c>start_date</c>.</param>
/// <param name="EndsOn">The last day of the period (the start plus the days), or null. Templates: <c>ends_on</c>.</param>
/// <param name="DaysPast">Days since the period ended; zero on its last day and negative while it is still running; null
/// without a start. Templates: <c>days_past</c>.</param>
/// <param name="IsHortatory">Whether the limit only states an expectation, such as the "sense of Congress" of 8 U.S.C.
/// § 1571(b): TRAC factor 2 content, never a missed deadline. Templates: <c>is_hortatory</c>.</param>
public sealed record StatutoryClockStatus(
    string Name, string AuthorityId, int? Days, DateOnly? StartDate, DateOnly? EndsOn, int? DaysPast, bool IsHortatory)
{
    /// <summary>Gets the catalog id of the clock, such as <c>asylum-interview-45-days</c>. Templates: <c>id</c>.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the event the period runs from. Templates: <c>trigger</c> (<c>filing</c>, <c>interview</c> or
    /// <c>request</c>).</summary>
    public ClockTrigger Trigger { get; init; } = ClockTrigger.Filing;

    /// <summary>Gets the step the period gives time for. Templates: <c>step</c> (<c>decision</c> or <c>interview</c>).</summary>
    public ClockStep Step { get; init; } = ClockStep.Decision;

    /// <summary>Gets the rule as one sentence for a pleading, without a final period, qualifiers included; its citation
    /// must follow through <c>cite</c>. Templates: <c>pleading</c>.</summary>
    public string Pleading { get; init; } = string.Empty;

    /// <summary>Gets what the attorney must confirm before relying on the clock, or null. Templates: <c>caveat</c>.</summary>
    public string? Caveat { get; init; }

    /// <summary>Gets the day the step was taken, when the timeline records it (the interview, for an interview clock);
    /// null otherwise. Templates: <c>step_taken_on</c>.</summary>
    public DateOnly? StepTakenOn { get; init; }

    /// <summary>Gets whether the period is over: the as-of day is after its last day. Templates: <c>has_ended</c>.</summary>
    public bool HasEnded => DaysPast > 0;

    /// <summary>Gets whether the step was taken within the period, so the clock gives the plaintiff nothing to plead.
    /// Templates: <c>is_met</c>.</summary>
    public bool IsMet => StepTakenOn is { } taken && EndsOn is { } ends && taken <= ends;

    /// <summary>Gets whether a pleading can state the clock: its start is recorded, its end is computed, and its step was
    /// not taken in time. A clock whose start is unknown is never pleaded (it becomes a checklist item).
    /// Templates: <c>can_be_pleaded</c>.</summary>
    public bool CanBePleaded => StartDate is not null && EndsOn is not null && !IsMet;

    /// <summary>Gets where the clock stands, in one plain clause for the attorney (checklist, TRAC facts, the command
    /// line), such as "the 45-day period from February 14, 2020 ended on March 30, 2020, 2,254 days ago".
    /// Templates: <c>standing</c>.</summary>
    public string Standing { get; init; } = string.Empty;
}
