using PetitionKit.Catalogs;
using PetitionKit.Model;

namespace PetitionKit.Deadlines;

/// <summary>Computes how long a petition's matter has been pending, as of a given day (never the system clock).</summary>
public static class DelayCalculator
{
    // An average Gregorian month (365.25 / 12 days), used only for the fraction of a posted time such as 10.5 months.
    private const decimal DaysPerMonth = 30.4375m;

    /// <summary>Summarizes the delay in a petition as of a given day.</summary>
    /// <param name="petition">The petition.</param>
    /// <param name="asOf">The day to count to.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="petition"/> is null.</exception>
    public static DelaySummary Summarize(Petition petition, DateOnly asOf) =>
        Summarize(petition, asOf, PetitionCatalogs.Default);

    internal static DelaySummary Summarize(Petition petition, DateOnly asOf, IPetitionCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(petition);
        var filed = petition.Application.FilingDate;
        var interviewIndex = NaturalizationPeriod.InterviewIndex(petition);
        DateOnly? interview = interviewIndex < 0 ? null : petition.Timeline[interviewIndex].Date;
        var trigger = TriggerFor(petition.CaseType);
        var triggerDate = trigger switch
        {
            DelayTrigger.Interview => interview,
            DelayTrigger.AdministrativeProcessingRefusal => RefusalDate(petition),
            _ => filed,
        };
        var postedEnds = PostedTimeEnds(filed, petition.ProcessingTime);
        var foia = FoiaClockCalculator.Compute(petition, asOf);
        var category = EadCategoryCode.Normalize(petition.Application.EadCategory);

        var summary = new DelaySummary
        {
            AsOf = asOf,
            Trigger = trigger,
            TriggerDate = triggerDate,
            DaysPending = triggerDate is { } t && t <= asOf ? asOf.DayNumber - t.DayNumber : null,
            PendingInWords = triggerDate is { } w && w <= asOf ? DurationPhrase.Describe(w, asOf) : null,
            PostedTimeEndsOn = postedEnds,
            DaysPastPostedTime = postedEnds is { } e ? asOf.DayNumber - e.DayNumber : null,
            StatutoryClocks = FoiaClockCalculator.Fill(
            [
                .. catalog.GetCaseType(petition.CaseType).StatutoryClocks
                    .Where(c => Applies(c, category))
                    .Select(c => Clock(c, filed, interview, asOf)),
            ],
            foia),
            Foia = foia,
            Naturalization = IsNaturalization(petition.CaseType) && interview is { } i ? NaturalizationPeriod.Ripeness(i, asOf) : null,
        };
        return summary with { Trac = IsUnreasonableDelayCase(petition.CaseType) ? TracFacts.Build(petition, summary) : [] };
    }

    /// <summary>The event the delay runs from: the examination for § 1447(b), the § 221(g) refusal for a visa held in
    /// administrative processing (the submission of the DS-260 is not the delay), and filing otherwise.</summary>
    internal static DelayTrigger TriggerFor(CaseType caseType) => caseType switch
    {
        CaseType.N400PostInterview1447b => DelayTrigger.Interview,
        CaseType.Ds260AdministrativeProcessing => DelayTrigger.AdministrativeProcessingRefusal,
        _ => DelayTrigger.FilingDate,
    };

    /// <summary>The earliest § 221(g) refusal in the timeline, or null when none is recorded.</summary>
    internal static DateOnly? RefusalDate(Petition petition) =>
        petition.Timeline
            .Where(e => e.Kind == TimelineEventKind.AdministrativeProcessingRefusal)
            .Select(e => (DateOnly?)e.Date)
            .Min();

    // The TRAC factors weigh an unreasonable delay (APA § 706(1), mandamus). A FOIA suit has its own clock and remedy, a
    // § 1447(b) petition its own statute, and a civil-rights complaint no delay claim at all.
    private static bool IsUnreasonableDelayCase(CaseType caseType) =>
        caseType is not (CaseType.FoiaRecords or CaseType.N400PostInterview1447b or CaseType.CivilRightsComplaint);

    // A clock limited to some I-765 categories applies only when the petition names one of them; an I-765 without a
    // category (a validation error) gets none of them rather than a clock it may not have.
    private static bool Applies(CatalogClock clock, string? eadCategory) =>
        clock.EadCategories.Count == 0 || (eadCategory is not null && clock.EadCategories.Contains(eadCategory, StringComparer.Ordinal));

    internal static DateOnly? PostedTimeEnds(DateOnly filed, ProcessingTime? processing)
    {
        // A posted time outside the range validation accepts (PK1025), such as 1e28 months, ends on no day at all.
        if (processing?.PostedMonths is not { } months || !SupportedRanges.PostedMonths.Contains(months))
        {
            return null;
        }

        var whole = (int)decimal.Truncate(months);
        // The fraction is rounded up to a whole day, so the agency gets the benefit of any doubt.
        var extraDays = (int)decimal.Ceiling((months - whole) * DaysPerMonth);
        return CalendarMath.AddMonths(filed, whole) is { } monthsLater ? CalendarMath.AddDays(monthsLater, extraDays) : null;
    }

    // A FOIA request clock (Request) runs from the request, which the petition records as the filing date.
    private static StatutoryClockStatus Clock(CatalogClock clock, DateOnly filed, DateOnly? interview, DateOnly asOf)
    {
        var start = clock.StartsAtInterview ? interview : filed;
        var ends = clock.Days is { } days && start is { } from ? CalendarMath.AddDays(from, days) : null;
        var status = new StatutoryClockStatus(
            clock.Name, clock.AuthorityId, clock.Days, start, ends, ends is { } e ? asOf.DayNumber - e.DayNumber : null, clock.IsHortatory)
        {
            Id = clock.Id,
            Trigger = clock.Trigger,
            Step = clock.Step,
            Pleading = clock.Pleading,
            Caveat = clock.Caveat,
            StepTakenOn = clock.Step == ClockStep.Interview && interview is { } held && held <= asOf ? held : null,
        };
        return status with { Standing = ClockWording.Standing(status) };
    }

    private static bool IsNaturalization(CaseType caseType) =>
        caseType is CaseType.N400PostInterview1447b or CaseType.N400PreInterview;
}
