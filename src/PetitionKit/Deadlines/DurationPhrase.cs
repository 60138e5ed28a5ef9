namespace PetitionKit.Deadlines;

/// <summary>Says how long a period lasted the way a pleading does: "two years, three months, and four days".</summary>
/// <remarks>The period is counted in calendar units from the day after the start (Fed. R. Civ. P. 6(a)(1)(A)): whole
/// years, then whole months, then the days left, each added to the start date, so that January 31 plus one month is the
/// last day of February. Units that are zero are left out; numbers are words; three parts take a serial comma; a period of
/// no days is "zero days".</remarks>
internal static class DurationPhrase
{
    private static readonly string[] Ones =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

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

    public static string Words(int number)
    {
        if (number is < 0 or > 999)
        {
            return number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (number >= 100)
        {
            var rest = number % 100;
            return Ones[number / 100] + " hundred" + (rest == 0 ? string.Empty : " " + Words(rest));
        }

        if (number < 20)
        {
            return Ones[number];
        }

        return Tens[number / 10] + (number % 10 == 0 ? string.Empty : "-" + Ones[number % 10]);
    }

    private static void Add(List<string> parts, int count, string unit)
    {
        if (count > 0)
        {
            parts.Add($"{Words(count)} {unit}{(count == 1 ? string.Empty : "s")}");
        }
    }
}
