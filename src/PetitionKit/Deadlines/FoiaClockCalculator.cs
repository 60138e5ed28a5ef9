using PetitionKit.Model;

namespace PetitionKit.Deadlines;

/// <summary>Computes a FOIA request's determination period (5 U.S.C. § 552(a)(6)(A)(i); authorities.md § 2).</summary>
internal static class FoiaClockCalculator
{
    /// <summary>The determination period in working days.</summary>
    public const int DeterminationWorkingDays = 20;

    /// <summary>The catalog id of the authority that sets the period.</summary>
    public const string AuthorityId = "5-usc-552-a-6-a-i";

    // "not later than ten days after the request is first received by any component … designated … to receive requests":
    // read as working days, the later of the two readings, so the count never ends early.
    private const int DesignatedComponentDays = 10;

    public static FoiaClock? Compute(Petition petition, DateOnly asOf)
    {
        if (petition.CaseType != CaseType.FoiaRecords)
        {
            return null;
        }

        var (start, basis) = Start(petition);
        var count = WorkingDayCount.After(start, DeterminationWorkingDays);
        return new FoiaClock(
            start,
            basis,
            DeterminationWorkingDays,
            count.EndsOn,
            asOf.DayNumber - count.EndsOn.DayNumber,
            count.HolidaysSkipped,
            Inauguration(start, count.EndsOn));
    }

    /// <summary>The statutory clocks with the FOIA working-day clock filled in from <paramref name="foia"/>.</summary>
    public static IReadOnlyList<StatutoryClockStatus> Fill(IReadOnlyList<StatutoryClockStatus> clocks, FoiaClock? foia) =>
        foia is null
            ? clocks
            : [.. clocks.Select(c => c.Days is null && string.Equals(c.AuthorityId, AuthorityId, StringComparison.Ordinal)
                ? Filled(c with { StartDate = foia.StartDate, EndsOn = foia.EndsOn, DaysPast = foia.DaysPast })
                : c)];

    // The standing sentence is worded from the dates, so it is worded again once they are known.
    private static StatutoryClockStatus Filled(StatutoryClockStatus clock) => clock with { Standing = ClockWording.Standing(clock) };

    private static (DateOnly Start, FoiaClockStart Basis) Start(Petition petition)
    {
        var component = petition.Foia?.ComponentReceivedOn;
        var designatedLimit = petition.Foia?.DesignatedComponentReceivedOn is { } designated
            ? WorkingDayCount.After(designated, DesignatedComponentDays).EndsOn
            : (DateOnly?)null;
        return (component, designatedLimit) switch
        {
            ({ } c, { } d) when d < c => (d, FoiaClockStart.DesignatedComponentReceipt),
            ({ } c, _) => (c, FoiaClockStart.ComponentReceipt),
            (null, { } d) => (d, FoiaClockStart.DesignatedComponentReceipt),
            _ => (petition.Application.FilingDate, FoiaClockStart.RequestDate),
        };
    }

    private static DateOnly? Inauguration(DateOnly start, DateOnly endsOn)
    {
        for (var year = start.Year; year <= endsOn.Year; year++)
        {
            if (LegalPublicHolidays.InaugurationDay(year) is { } day && day > start && day <= endsOn)
            {
                return day;
            }
        }

        return null;
    }
}
