namespace PetitionKit.Deadlines;

/// <summary>Counts "days (excepting Saturdays, Sundays, and legal public holidays)", as 5 U.S.C. § 552(a)(6)(A)(i) does.</summary>
/// <remarks>Conservative, so that a plaintiff never files early (authorities.md § 2): a holiday's own date and its
/// observed weekday are both skipped, so a Saturday holiday also takes the Friday before out of the count.</remarks>
internal sealed class WorkingDayCount
{
    private readonly Dictionary<DateOnly, LegalPublicHoliday> _holidays = [];

    private readonly HashSet<int> _loadedYears = [];

    private WorkingDayCount(DateOnly from, int workingDays)
    {
        From = from;
        var day = from;
        var counted = 0;
        // The count stops at the calendar's last day rather than throwing: a date so late is refused by validation (PK1024).
        while (counted < workingDays && day < DateOnly.MaxValue)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        EndsOn = day;
    }

    /// <summary>The day the count runs from; it is not itself counted.</summary>
    public DateOnly From { get; }

    /// <summary>The last working day of the count.</summary>
    public DateOnly EndsOn { get; }

    /// <summary>The holidays whose date or observed day fell inside the count, so were skipped, in date order.</summary>
    public IReadOnlyList<LegalPublicHoliday> HolidaysSkipped =>
        [.. _holidays.Values.Distinct().Where(h => Inside(h.Date) || Inside(h.ObservedOn)).OrderBy(h => h.Date)];

    /// <summary>Counts <paramref name="workingDays"/> working days after <paramref name="from"/>.</summary>
    public static WorkingDayCount After(DateOnly from, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        return new WorkingDayCount(from, workingDays);
    }

    private bool Inside(DateOnly day) => day > From && day <= EndsOn;

    private bool IsWorkingDay(DateOnly day)
    {
        if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return false;
        }

        Load(day.Year);
        // December 31 may be the observed day of the next year's New Year's Day (there is no year after 9999).
        if (day.Year < DateOnly.MaxValue.Year)
        {
            Load(day.Year + 1);
        }
        return !_holidays.ContainsKey(day);
    }

    private void Load(int year)
    {
        if (!_loadedYears.Add(year))
        {
            return;
        }

        foreach (var holiday in LegalPublicHolidays.InYear(year))
        {
            _holidays.TryAdd(holiday.Date, holiday);
            _holidays.TryAdd(holiday.ObservedOn, holiday);
        }
    }
}
