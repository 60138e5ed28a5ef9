using System.Globalization;
using PetitionKit.Deadlines;

namespace PetitionKit.Cli.Commands;

/// <summary>Prints a delay analysis as plain lines: facts for the attorney, never a verdict on reasonableness.</summary>
internal static class DelayAnalysisPrinter
{
    public static void Write(TextWriter output, DelaySummary summary)
    {
        output.WriteLine(Invariant($"Delay analysis as of {Date(summary.AsOf)}:"));
        var trigger = summary.Trigger == DelayTrigger.Interview ? "the interview" : "the filing date";
        output.WriteLine(summary.TriggerDate is { } date
            ? Invariant($"  trigger: {trigger}, {Date(date)}")
            : Invariant($"  trigger: {trigger}, not recorded in the petition"));
        if (summary.DaysPending is { } days)
        {
            output.WriteLine(Invariant($"  pending: {days:N0} days ({summary.PendingInWords})"));
        }

        if (summary.PostedTimeEndsOn is { } ends && summary.DaysPastPostedTime is { } past)
        {
            output.WriteLine(past > 0
                ? Invariant($"  posted processing time: ran out on {Date(ends)}; {past:N0} days past it")
                : Invariant($"  posted processing time: runs out on {Date(ends)}; {-past:N0} days to go"));
        }
        else
        {
            output.WriteLine("  posted processing time: none in the petition");
        }

        foreach (var clock in summary.StatutoryClocks)
        {
            output.WriteLine("  " + Clock(clock));
        }

        if (summary.Naturalization is { } n)
        {
            var ripe = n.IsRipe ? Invariant($"ripe since {Date(n.RipeOn)}") : Invariant($"not ripe until {Date(n.RipeOn)}");
            output.WriteLine(Invariant($"  § 1447(b): interview {Date(n.InterviewDate)}, {n.DaysSinceInterview:N0} days since; {ripe}"));
        }

        foreach (var factor in summary.Trac)
        {
            if (factor.Facts.Count == 0)
            {
                output.WriteLine(Invariant($"  TRAC {factor.Number} ({factor.Label}): no facts in the petition"));
                continue;
            }

            foreach (var fact in factor.Facts)
            {
                var exhibit = fact.ExhibitLabel is null ? string.Empty : $"; exhibit {fact.ExhibitLabel}";
                output.WriteLine(Invariant($"  TRAC {factor.Number} ({factor.Label}): {fact.Text} [{fact.Path}{exhibit}]"));
            }
        }
    }

    private static string Clock(StatutoryClockStatus clock)
    {
        var name = $"clock: {clock.Name.TrimEnd('.')} ({clock.AuthorityId}{(clock.IsHortatory ? ", an expectation, not a deadline" : string.Empty)})";
        if (clock.Days is null)
        {
            return $"{name}: counted in working days, which PetitionKit does not count; check the date by hand";
        }

        if (clock.StartDate is not { } start || clock.EndsOn is not { } ends || clock.DaysPast is not { } past)
        {
            return Invariant($"{name}: {clock.Days}-day period; its starting event is not recorded");
        }

        var state = past > 0 ? Invariant($"{past:N0} days past") : Invariant($"{-past:N0} days to go");
        return Invariant($"{name}: {clock.Days}-day period from {Date(start)} ends {Date(ends)}; {state}");
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
