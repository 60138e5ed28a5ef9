namespace PetitionKit.Model;

/// <summary>The dates and numbers a petition may hold. Each is wide enough for any real case and narrow enough that every
/// date computed from it (a posted time of months, 120 days after an interview, 20 working days) stays inside the
/// calendar, and that no drafted sentence asks the court for "minus five (-5) days". The README lists them.</summary>
internal static class SupportedRanges
{
    /// <summary>The earliest date accepted in any date field and as the as-of date.</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    /// <summary>The latest date accepted in any date field and as the as-of date.</summary>
    public static readonly DateOnly LatestDate = new(2199, 12, 31);

    /// <summary>A posted processing time: more than nothing, and at most fifty years.</summary>
    public static readonly NumberRange PostedMonths = new(0m, 600m, MinimumExcluded: true, "a number of months more than 0 and at most 600");

    public static readonly NumberRange Percentile = new(1m, 100m, MinimumExcluded: false, "a whole number from 1 to 100");

    /// <summary>The days the court is asked to give the agency: at least one, at most a year.</summary>
    public static readonly NumberRange DecideWithinDays = new(1m, 365m, MinimumExcluded: false, "a whole number of days from 1 to 365");

    /// <summary>An index into <c>petitioners</c>: any whole number here, since PK1111 and PK1162 check it against the list;
    /// the range names the field only when the file's number does not fit a whole number at all.</summary>
    public static readonly NumberRange PetitionerIndex = new(int.MinValue, int.MaxValue, MinimumExcluded: false, "the 0-based index of a petitioner");

    // Keyed by the field's path with its indexes removed, as FreeTextFields keys its paths.
    private static readonly Dictionary<string, NumberRange> Numbers = new(StringComparer.Ordinal)
    {
        ["processing_time.posted_months"] = PostedMonths,
        ["processing_time.percentile"] = Percentile,
        ["relief.decide_within_days"] = DecideWithinDays,
        ["harms[].petitioner_index"] = PetitionerIndex,
        ["petitioners[].next_friend.petitioner_index"] = PetitionerIndex,
    };

    /// <summary>The dates in words, for messages and the README.</summary>
    public static string DatesInWords => $"{Iso(EarliestDate)} through {Iso(LatestDate)}";

    /// <summary>A path without its indexes: <c>harms[2].petitioner_index</c> is <c>harms[].petitioner_index</c>.</summary>
    public static string Shape(string path)
    {
        var shape = new System.Text.StringBuilder(path.Length);
        var inIndex = false;
        foreach (var c in path)
        {
            inIndex = c == '[' || (inIndex && c != ']');
            if (!inIndex || c == '[')
            {
                shape.Append(c);
            }
        }

        return shape.ToString();
    }

    public static bool Contains(DateOnly date) => date >= EarliestDate && date <= LatestDate;

    /// <summary>The range of the numeric field at <paramref name="shape"/> (a path without indexes), or null when the
    /// field is not a number.</summary>
    public static NumberRange? ForNumber(string shape) => Numbers.GetValueOrDefault(shape);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
