using System.Globalization;
using PetitionKit.Catalogs;
using PetitionKit.Deadlines;
using PetitionKit.Model;

namespace PetitionKit.Cli.Commands;

/// <summary>Prints a delay analysis as plain lines: facts for the attorney, never a verdict on reasonableness. Only what
/// applies to the case type is printed: a matter with no claim to draft gets no analysis, and the TRAC factors and the
/// posted processing time appear only for an unreasonable-delay case.</summary>
internal static class DelayAnalysisPrinter
{
    public static void Write(TextWriter output, CaseType caseType, DelaySummary summary)
    {
        var profile = CaseTypeCatalog.Get(caseType);
        if (profile.Claims.Count == 0)
        {
            output.WriteLine($"Delay analysis: none for a {profile.DisplayName}; no delay claim fits this matter (see the validation message for the route that does).");
            return;
        }

        output.WriteLine(Invariant($"Delay analysis as of {Date(summary.AsOf)}:"));
        output.WriteLine(summary.TriggerDate is { } date
            ? Invariant($"  trigger: {Trigger(summary.Trigger)}, {Date(date)}")
            : Invariant($"  trigger: {Trigger(summary.Trigger)}, not recorded in the petition"));
        if (summary.DaysPending is { } days)
        {
            output.WriteLine(Invariant($"  pending: {days:N0} days ({summary.PendingInWords})"));
        }

        var weighsDelay = summary.Trac.Count > 0;
        if (summary.PostedTimeEndsOn is { } ends && summary.DaysPastPostedTime is { } past)
        {
            output.WriteLine(past > 0
                ? Invariant($"  posted processing time: ran out on {Date(ends)}; {past:N0} days past it")
                : Invariant($"  posted processing time: runs out on {Date(ends)}; {-past:N0} days to go"));
        }
        else if (weighsDelay)
        {
            output.WriteLine("  posted processing time: none in the petition");
        }

        foreach (var clock in summary.StatutoryClocks)
        {
            output.WriteLine($"  clock: {clock.Name.TrimEnd('.')} ({clock.AuthorityId}): {clock.Standing}");
        }

        if (summary.Naturalization is { } n)
        {
            var ripe = n.IsRipe
                ? Invariant($"the 120-day period ended {Date(n.PeriodEndsOn)}; ripe since {Date(n.RipeOn)}")
                : Invariant($"the 120-day period runs until {Date(n.PeriodEndsOn)}; not ripe until {Date(n.RipeOn)}");
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

    private static string Trigger(DelayTrigger trigger) => trigger switch
    {
        DelayTrigger.Interview => "the interview",
        DelayTrigger.AdministrativeProcessingRefusal => "the § 221(g) refusal",
        _ => "the filing date",
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
