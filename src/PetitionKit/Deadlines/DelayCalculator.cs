using PetitionKit.Model;
using PetitionKit.Validation;

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
        var interviewIndex = NaturalizationRules.InterviewIndex(petition);
        DateOnly? interview = interviewIndex < 0 ? null : petition.Timeline[interviewIndex].Date;
        var trigger = petition.CaseType == CaseType.N400PostInterview1447b ? DelayTrigger.Interview : DelayTrigger.FilingDate;
        var triggerDate = trigger == DelayTrigger.Interview ? interview : filed;
        var postedEnds = PostedTimeEnds(filed, petition.ProcessingTime);
        var foia = FoiaClockCalculator.Compute(petition, asOf);

        var summary = new DelaySummary
        {
            AsOf = asOf,
            Trigger = trigger,
            TriggerDate = triggerDate,
            DaysPending = triggerDate is { } t && t <= asOf ? asOf.DayNumber - t.DayNumber : null,
            PendingInWords = triggerDate is { } w && w <= asOf ? DurationPhrase.Describe(w, asOf) : null,
            PostedTimeEndsOn = postedEnds,
            DaysPastPostedTime = postedEnds is { } e ? asOf.DayNumber - e.DayNumber : null,
            StatutoryClocks = FoiaClockCalculator.Fill([.. catalog.GetCaseType(petition.CaseType).StatutoryClocks.Select(c => Clock(c, filed, interview, asOf))], foia),
            Foia = foia,
            Naturalization = IsNaturalization(petition.CaseType) && interview is { } i ? Ripeness(i, asOf) : null,
        };
        return summary with { Trac = TracFacts.Build(petition, summary) };
    }

    /// <summary>The § 1447(b) period is "the 120-day period after the date on which the examination is conducted": counting
    /// from the day after the interview, day 120 ends the period and day 121 is the first day a petition may be filed.</summary>
    internal static NaturalizationRipeness Ripeness(DateOnly interview, DateOnly asOf)
    {
        var ripeOn = interview.AddDays(121);
        return new NaturalizationRipeness(interview, asOf.DayNumber - interview.DayNumber, ripeOn, asOf >= ripeOn);
    }

    internal static DateOnly? PostedTimeEnds(DateOnly filed, ProcessingTime? processing)
    {
        if (processing?.PostedMonths is not { } months || months < 0)
        {
            return null;
        }

        var whole = (int)decimal.Truncate(months);
        // The fraction is rounded up to a whole day, so the agency gets the benefit of any doubt.
        var extraDays = (int)decimal.Ceiling((months - whole) * DaysPerMonth);
        return filed.AddMonths(whole).AddDays(extraDays);
    }

    private static StatutoryClockStatus Clock(CatalogClock clock, DateOnly filed, DateOnly? interview, DateOnly asOf)
    {
        var start = clock.StartsAtInterview ? interview : filed;
        var ends = clock.Days is { } days ? start?.AddDays(days) : null;
        return new StatutoryClockStatus(
            clock.Name, clock.AuthorityId, clock.Days, start, ends, ends is { } e ? asOf.DayNumber - e.DayNumber : null, clock.IsHortatory);
    }

    private static bool IsNaturalization(CaseType caseType) =>
        caseType is CaseType.N400PostInterview1447b or CaseType.N400PreInterview;
}
