namespace PetitionKit.Deadlines;

/// <summary>Date arithmetic that answers "no such day" instead of throwing. Validation refuses dates outside the range
/// PetitionKit accepts (PK1024), but the delay analysis is also printed beside those errors and is public API, so a
/// date near the end of the calendar (9999-12-31 plus 120 days) must give no date, never an exception.</summary>
internal static class CalendarMath
{
    /// <summary>The day <paramref name="days"/> after <paramref name="date"/>, or null past either end of the calendar.</summary>
    public static DateOnly? AddDays(DateOnly date, long days)
    {
        var number = date.DayNumber + days;
        return number >= DateOnly.MinValue.DayNumber && number <= DateOnly.MaxValue.DayNumber
            ? DateOnly.FromDayNumber((int)number)
            : null;
    }

    /// <summary>The day <paramref name="months"/> calendar months after <paramref name="date"/>, or null past either end
    /// of the calendar.</summary>
    public static DateOnly? AddMonths(DateOnly date, long months)
    {
        var month = ((date.Year - 1L) * 12) + (date.Month - 1) + months;
        return month >= 0 && month < DateOnly.MaxValue.Year * 12L ? date.AddMonths((int)months) : null;
    }
}
