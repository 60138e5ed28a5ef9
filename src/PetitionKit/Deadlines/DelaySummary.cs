namespace PetitionKit.Deadlines;

/// <summary>How long a petition's matter has been pending and how that compares with posted and statutory times. It
/// states facts; whether the delay is unreasonable is the attorney's and the court's call, so there is no "ripe after N
/// months" verdict here. Templates: <c>analysis</c>.</summary>
/// <remarks>Immutable. Day counts exclude the trigger day (the usual way of counting a period; the rule on computing time is not among the verified authorities).</remarks>
public sealed record DelaySummary
{
    /// <summary>Gets the day the summary was made as of. Templates: <c>analysis.as_of</c>.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Gets the event the delay runs from for this case type. Templates: <c>analysis.trigger</c>.</summary>
    public required DelayTrigger Trigger { get; init; }

    /// <summary>Gets the day of that event; null when it has not been recorded. Templates: <c>analysis.trigger_date</c>.</summary>
    public DateOnly? TriggerDate { get; init; }

    /// <summary>Gets the days since the trigger, not counting the trigger day. Templates: <c>analysis.days_pending</c>.</summary>
    public int? DaysPending { get; init; }

    /// <summary>Gets the same period in words, such as "one year, two months, and five days".
    /// Templates: <c>analysis.pending_in_words</c>.</summary>
    public string? PendingInWords { get; init; }

    /// <summary>Gets the day the posted processing time, counted from filing, ran out; null without a posted time in months.
    /// Templates: <c>analysis.posted_time_ends_on</c>.</summary>
    public DateOnly? PostedTimeEndsOn { get; init; }

    /// <summary>Gets the days since the posted processing time ran out; negative while it is still running.
    /// Templates: <c>analysis.days_past_posted_time</c>.</summary>
    public int? DaysPastPostedTime { get; init; }

    /// <summary>Gets the statutory and regulatory clocks the catalog lists for the case type.
    /// Templates: <c>analysis.statutory_clocks</c>.</summary>
    public IReadOnlyList<StatutoryClockStatus> StatutoryClocks { get; init; } = [];

    /// <summary>Gets the FOIA determination period, counted in working days; null unless the case is a FOIA case.
    /// Templates: <c>analysis.foia</c>.</summary>
    public FoiaClock? Foia { get; init; }

    /// <summary>Gets whether a § 1447(b) petition is ripe; null unless the case is a naturalization case with an interview.
    /// Templates: <c>analysis.naturalization</c>.</summary>
    public NaturalizationRipeness? Naturalization { get; init; }

    /// <summary>Gets the six TRAC factors, in order, each with the facts that bear on it. Templates: <c>analysis.trac</c>.</summary>
    public IReadOnlyList<TracFactor> Trac { get; init; } = [];
}
