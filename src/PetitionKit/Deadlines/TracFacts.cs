using System.Globalization;
using PetitionKit.Model;

namespace PetitionKit.Deadlines;

/// <summary>Sorts a petition's facts under the six TRAC factors (docs/legal-rules.md#trac-mapping). Factors 3 and 5 are usually argued
/// together: health, safety and family harms go under both; every harm goes under factor 5. An expedite request is a
/// welfare fact (factor 3), not a competing priority; factor 4 holds what answers the line-jumping argument: relief
/// that asks only for a decision, and a posted processing time already passed.</summary>
internal static class TracFacts
{
    private static readonly TimelineEventKind[] InquiryKinds =
        [TimelineEventKind.InquiryToAgency, TimelineEventKind.InquiryToOmbudsman, TimelineEventKind.InquiryToCongress];

    public static IReadOnlyList<TracFactor> Build(Petition petition, DelaySummary summary) =>
    [
        new(1, "rule of reason", RuleOfReason(petition, summary)),
        new(2, "statutory timetable", Timetable(summary)),
        new(3, "human health and welfare",
        [
            .. Harms(petition, h => h.Kind is HarmKind.Health or HarmKind.Safety or HarmKind.FamilySeparation),
            .. Events(petition, summary.AsOf, TracFactKind.ExpediteRequest, TimelineEventKind.ExpediteRequest),
        ]),
        new(4, "higher or competing priorities", CompetingPriorities(petition, summary)),
        new(5, "nature and extent of the interests prejudiced", [.. Harms(petition, _ => true)]),
        new(6, "impropriety not required", [.. Events(petition, summary.AsOf, TracFactKind.Inquiry, InquiryKinds)]),
    ];

    private static List<TracFact> RuleOfReason(Petition petition, DelaySummary summary)
    {
        var facts = new List<TracFact>();
        if (summary.TriggerDate is { } trigger && summary.PendingInWords is { } words)
        {
            var from = summary.Trigger == DelayTrigger.Interview ? "the interview" : "filing";
            var path = summary.Trigger == DelayTrigger.Interview ? "timeline" : "application.filing_date";
            facts.Add(new TracFact(Invariant($"{summary.DaysPending:N0} days ({words}) have passed since {from} on {Long(trigger)}."), path, null)
            {
                Kind = TracFactKind.TimePending, Date = trigger, Days = summary.DaysPending,
            });
        }

        if (PostedTime(petition, summary) is { } posted)
        {
            facts.Add(posted);
        }

        facts.AddRange(Events(petition, summary.AsOf, TracFactKind.EvidenceResponse, TimelineEventKind.RfeResponse));
        return facts;
    }

    private static List<TracFact> CompetingPriorities(Petition petition, DelaySummary summary)
    {
        var facts = new List<TracFact>();
        if (petition.Relief.Requests.Count == 0)
        {
            facts.Add(new TracFact("The relief asks only that the agency decide the matter, with no other prayer item.", "relief", null)
            {
                Kind = TracFactKind.DecisionOnlyRelief,
            });
        }

        // A passed posted time answers the line-jumping argument: by the agency's own measure the case's turn has come.
        if (PostedTime(petition, summary) is { Days: > 0 } posted)
        {
            facts.Add(posted);
        }

        return facts;
    }

    private static TracFact? PostedTime(Petition petition, DelaySummary summary)
    {
        if (petition.ProcessingTime is not { } processing || summary.DaysPastPostedTime is not { } past)
        {
            return null;
        }

        var standing = past > 0 ? Invariant($"{past:N0} days past it") : Invariant($"within it, with {-past:N0} days to go");
        return new TracFact(
            Invariant($"The posted processing time, checked on {Long(processing.CheckedOn)}, was {processing.PostedMonths} months; the case is {standing}."),
            "processing_time",
            processing.ExhibitLabel)
        {
            Kind = TracFactKind.PostedProcessingTime, Date = processing.CheckedOn, Days = past,
        };
    }

    // The clock's own standing sentence is the one home of clock wording; the structured values let a template build
    // its own sentence instead.
    private static List<TracFact> Timetable(DelaySummary summary) =>
    [
        .. summary.StatutoryClocks.Select((clock, i) => new TracFact(
            $"{clock.Name.TrimEnd('.')}: {clock.Standing}.", Invariant($"analysis.statutory_clocks[{i}]"), null)
        {
            Kind = TracFactKind.StatutoryClock, AuthorityId = clock.AuthorityId, Date = clock.EndsOn, Days = clock.DaysPast,
        }),
    ];

    private static IEnumerable<TracFact> Harms(Petition petition, Func<Harm, bool> include)
    {
        for (var i = 0; i < petition.Harms.Count; i++)
        {
            var harm = petition.Harms[i];
            if (include(harm))
            {
                yield return new TracFact(harm.Description, Invariant($"harms[{i}]"), harm.ExhibitLabel)
                {
                    Kind = TracFactKind.Harm, HarmKind = harm.Kind, PetitionerIndex = harm.PetitionerIndex,
                };
            }
        }
    }

    // An event after the as-of date has not happened (validation refuses it, PK1020); the analysis `validate` prints
    // beside that error must not argue from it either.
    private static IEnumerable<TracFact> Events(Petition petition, DateOnly asOf, TracFactKind factKind, params TimelineEventKind[] kinds)
    {
        for (var i = 0; i < petition.Timeline.Count; i++)
        {
            var item = petition.Timeline[i];
            if (kinds.Contains(item.Kind) && item.Date <= asOf)
            {
                // Descriptions are written as sentences or clauses; one full stop ends the fact either way.
                var what = (item.Description ?? Describe(item.Kind)).TrimEnd().TrimEnd('.');
                var outcome = string.IsNullOrWhiteSpace(item.Outcome) ? string.Empty : $" Outcome: {item.Outcome.TrimEnd().TrimEnd('.')}.";
                yield return new TracFact(Invariant($"{Long(item.Date)}: {what}.{outcome}"), Invariant($"timeline[{i}]"), item.ExhibitLabel)
                {
                    Kind = factKind, Date = item.Date,
                };
            }
        }
    }

    private static string Describe(TimelineEventKind kind) => kind switch
    {
        TimelineEventKind.RfeResponse => "response to the request for evidence delivered",
        TimelineEventKind.InquiryToAgency => "inquiry to the agency",
        TimelineEventKind.InquiryToOmbudsman => "request for help to the CIS Ombudsman",
        TimelineEventKind.InquiryToCongress => "congressional inquiry",
        TimelineEventKind.ExpediteRequest => "request to expedite",
        _ => "event",
    };

    private static string Long(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
