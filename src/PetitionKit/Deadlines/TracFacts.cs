using System.Globalization;
using PetitionKit.Model;

namespace PetitionKit.Deadlines;

/// <summary>Sorts a petition's facts under the six TRAC factors (legal brief §1.2). Factors 3 and 5 are usually argued
/// together: health, safety and family harms go under both; every harm goes under factor 5.</summary>
internal static class TracFacts
{
    public static IReadOnlyList<TracFactor> Build(Petition petition, DelaySummary summary) =>
    [
        new(1, "rule of reason", RuleOfReason(petition, summary)),
        new(2, "statutory timetable", Timetable(summary)),
        new(3, "human health and welfare", [.. Harms(petition, h => h.Kind is HarmKind.Health or HarmKind.Safety or HarmKind.FamilySeparation)]),
        new(4, "higher or competing priorities", [.. Events(petition, TimelineEventKind.ExpediteRequest)]),
        new(5, "nature and extent of the interests prejudiced", [.. Harms(petition, _ => true)]),
        new(6, "impropriety not required", [.. Events(petition, TimelineEventKind.InquiryToAgency, TimelineEventKind.InquiryToOmbudsman, TimelineEventKind.InquiryToCongress)]),
    ];

    private static List<TracFact> RuleOfReason(Petition petition, DelaySummary summary)
    {
        var facts = new List<TracFact>();
        if (summary.TriggerDate is { } trigger && summary.PendingInWords is { } words)
        {
            var from = summary.Trigger == DelayTrigger.Interview ? "the interview" : "filing";
            var path = summary.Trigger == DelayTrigger.Interview ? "timeline" : "application.filing_date";
            facts.Add(new TracFact(
                Invariant($"{summary.DaysPending:N0} days ({words}) have passed since {from} on {Long(trigger)}."), path, null));
        }

        if (petition.ProcessingTime is { } processing && summary.DaysPastPostedTime is { } past)
        {
            var standing = past > 0 ? Invariant($"{past:N0} days past it") : Invariant($"within it, with {-past:N0} days to go");
            facts.Add(new TracFact(
                Invariant($"The posted processing time, checked on {Long(processing.CheckedOn)}, was {processing.PostedMonths} months; the case is {standing}."),
                "processing_time",
                processing.ExhibitLabel));
        }

        facts.AddRange(Events(petition, TimelineEventKind.RfeResponse, TimelineEventKind.Transfer));
        return facts;
    }

    private static List<TracFact> Timetable(DelaySummary summary) =>
    [
        .. summary.StatutoryClocks.Select(clock => new TracFact(
            $"{clock.Name.TrimEnd('.')}: {clock.Standing}.", "analysis.statutory_clocks", null)),
    ];

    private static IEnumerable<TracFact> Harms(Petition petition, Func<Harm, bool> include)
    {
        for (var i = 0; i < petition.Harms.Count; i++)
        {
            var harm = petition.Harms[i];
            if (include(harm))
            {
                yield return new TracFact(harm.Description, Invariant($"harms[{i}]"), harm.ExhibitLabel);
            }
        }
    }

    private static IEnumerable<TracFact> Events(Petition petition, params TimelineEventKind[] kinds)
    {
        for (var i = 0; i < petition.Timeline.Count; i++)
        {
            var item = petition.Timeline[i];
            if (kinds.Contains(item.Kind))
            {
                var what = item.Description ?? Describe(item.Kind);
                var outcome = string.IsNullOrWhiteSpace(item.Outcome) ? string.Empty : $" Outcome: {item.Outcome}";
                yield return new TracFact(Invariant($"{Long(item.Date)}: {what}.{outcome}"), Invariant($"timeline[{i}]"), item.ExhibitLabel);
            }
        }
    }

    private static string Describe(TimelineEventKind kind) => kind switch
    {
        TimelineEventKind.RfeResponse => "response to the request for evidence delivered",
        TimelineEventKind.Transfer => "file transferred",
        TimelineEventKind.InquiryToAgency => "inquiry to the agency",
        TimelineEventKind.InquiryToOmbudsman => "request for help to the CIS Ombudsman",
        TimelineEventKind.InquiryToCongress => "congressional inquiry",
        TimelineEventKind.ExpediteRequest => "request to expedite",
        _ => "event",
    };

    private static string Long(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
