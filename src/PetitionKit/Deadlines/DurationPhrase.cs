using PetitionKit.Word.Functions;

namespace PetitionKit.Deadlines;

/// <summary>Says how long a period lasted the way a pleading does: "two years, three months, and four days".</summary>
/// <remarks>The period is counted in calendar units from the day after the start (the usual way of counting a period, excluding the day it starts; the rule on computing time is not among the verified authorities): whole
/// years, then whole months, then the days left, each added to the start date, so that January 31 plus one month is the
/// last day of February. Units that are zero are left out; numbers are words; three parts take a serial comma; a period of
/// no days is "zero days".</remarks>
internal static class DurationPhrase
{
    public static string Describe(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, "The end of a period cannot come before its start.");
        }

        var (years, months, days) = Split(start, end);
        var parts = new List<string>(3);
        Add(parts, years, "year");
        Add(parts, months, "month");
        Add(parts, days, "day");
        return parts.Count switch
        {
            0 => "zero days",
            1 => parts[0],
            2 => $"{parts[0]} and {parts[1]}",
            _ => $"{parts[0]}, {parts[1]}, and {parts[2]}",
        };
    }

    public static (int Years, int Months, int Days) Split(DateOnly start, DateOnly end)
    {
        var totalMonths = ((end.Year - start.Year) * 12) + end.Month - start.Month;
        if (start.AddMonths(totalMonths) > end)
        {
            totalMonths--;
        }

        var days = end.DayNumber - start.AddMonths(totalMonths).DayNumber;
        return (totalMonths / 12, totalMonths % 12, days);
    }

    private static void Add(List<string> parts, int count, string unit)
    {
        if (count > 0)
        {
            parts.Add($"{NumberWords.Cardinal(count)} {unit}{(count == 1 ? string.Empty : "s")}");
        }
    }
}
