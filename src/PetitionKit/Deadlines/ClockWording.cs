using System.Globalization;
using PetitionKit.Catalogs;

namespace PetitionKit.Deadlines;

/// <summary>The one place that says in words where a statutory clock stands, for the attorney: the checklist, the TRAC
/// factor 2 facts and the command line all read <see cref="StatutoryClockStatus.Standing"/>. A period whose last day is
/// still ahead (or is today) "runs until" that day; only a period whose last day has passed "ended".</summary>
internal static class ClockWording
{
    public static string Standing(StatutoryClockStatus clock)
    {
        var kind = clock.IsHortatory ? " (an expectation, not a deadline)" : string.Empty;
        if (clock.Days is null)
        {
            // A working-day period (FOIA) has its dates only once the working-day count has filled them in.
            if (clock.StartDate is { } from && clock.EndsOn is { } due && clock.DaysPast is { } late)
            {
                var working = Invariant($"the working-day period{kind} from {Long(from)}");
                return late > 0
                    ? Invariant($"{working} ended on {Long(due)}, {DayCount(late)} ago")
                    : Invariant($"{working} runs until {Long(due)}{(late == 0 ? " (today)" : Invariant($", {DayCount(-late)} from now"))}");
            }

            return $"counted in working days{kind}, which PetitionKit does not count; check the date by hand";
        }

        if (clock.StartDate is not { } start || clock.EndsOn is not { } ends || clock.DaysPast is not { } past)
        {
            return Invariant($"the {clock.Days}-day period{kind} runs from {Trigger(clock)}, which the petition does not record; it is not pleaded. Add the date to the timeline if it happened");
        }

        var period = Invariant($"the {clock.Days}-day period{kind} from {Long(start)}");
        var standing = past > 0
            ? Invariant($"{period} ended on {Long(ends)}, {DayCount(past)} ago")
            : Invariant($"{period} runs until {Long(ends)}{(past == 0 ? " (today)" : Invariant($", {DayCount(-past)} from now"))}");
        if (clock.StepTakenOn is { } taken)
        {
            var late = taken.DayNumber - ends.DayNumber;
            standing += late <= 0
                ? Invariant($"; the interview was held on {Long(taken)}, within the period, so it is met and not pleaded")
                : Invariant($"; the interview was not held until {Long(taken)}, {DayCount(late)} after the period ended");
        }
        else if (clock.Step == ClockStep.Interview && past > 0)
        {
            // The draft pleads "no interview has been held" from the timeline's silence: the attorney confirms it.
            standing += "; no interview is recorded, so the draft pleads that no interview has been held: confirm it";
        }

        return standing;
    }

    /// <summary>The checklist line: the clock's name, where it stands, and what to confirm.</summary>
    public static string ChecklistLine(StatutoryClockStatus clock)
    {
        // A clock's name is a sentence from the catalog; its full stop would sit before the colon.
        var line = $"{clock.Name.TrimEnd('.')}: {clock.Standing}.";
        return clock.Caveat is null ? line : $"{line} {clock.Caveat}";
    }

    public static string DayCount(int days) =>
        days == 1 ? "1 day" : Invariant($"{days:N0} days");

    private static string Trigger(StatutoryClockStatus clock) => clock.Trigger switch
    {
        ClockTrigger.Interview => "the interview",
        ClockTrigger.Request => "the request's receipt",
        _ => "filing",
    };

    private static string Long(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
