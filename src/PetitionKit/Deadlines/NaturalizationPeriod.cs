using PetitionKit.Model;

namespace PetitionKit.Deadlines;

/// <summary>The 120-day period of 8 U.S.C. § 1447(b), in one place: which interview starts it and the day a petition
/// ripens. The delay analysis states it and validation refuses a petition filed before it ends, from the same reading
/// (docs/legal-rules.md#naturalization-ripeness).</summary>
internal static class NaturalizationPeriod
{
    /// <summary>The index in the timeline of the interview the period runs from, or -1 when none is recorded.</summary>
    /// <remarks>The 120 days run from the initial examination (8 C.F.R. § 335.3(a)), so the earliest interview counts.</remarks>
    public static int InterviewIndex(Petition petition)
    {
        var best = -1;
        for (var i = 0; i < petition.Timeline.Count; i++)
        {
            var item = petition.Timeline[i];
            if (item.Kind == TimelineEventKind.Interview && (best < 0 || item.Date < petition.Timeline[best].Date))
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>The period is "the 120-day period after the date on which the examination is conducted": counting from
    /// the day after the interview, day 120 ends the period and day 121 is the first day a petition may be filed.</summary>
    /// <remarks>Null only for an interview within 121 days of the calendar's end, a date validation refuses (PK1024).</remarks>
    public static NaturalizationRipeness? Ripeness(DateOnly interview, DateOnly asOf) =>
        CalendarMath.AddDays(interview, 121) is { } ripeOn
            ? new NaturalizationRipeness(interview, asOf.DayNumber - interview.DayNumber, ripeOn, asOf >= ripeOn)
            : null;
}
