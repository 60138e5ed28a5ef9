namespace PetitionKit.Validation;

/// <summary>Reads a date the privacy scanner matched (4/9/1985, 1985-04-09, April 9, 1985, 9 Apr. 1985) from the matched
/// text alone, so the scan can compare it with known birth dates without re-running a regex for its groups.</summary>
internal static class MatchedDate
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static bool TryRead(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        Span<int> numbers = stackalloc int[3];
        Span<int> widths = stackalloc int[3];
        var count = 0;
        var month = 0;
        for (var i = 0; i < text.Length;)
        {
            var run = RunLength(text[i..], char.IsAsciiDigit(text[i]));
            if (char.IsAsciiDigit(text[i]))
            {
                if (count == 3 || run > 4)
                {
                    return false;
                }

                numbers[count] = int.Parse(text.Slice(i, run), provider: System.Globalization.CultureInfo.InvariantCulture);
                widths[count++] = run;
            }
            else if (char.IsAsciiLetter(text[i]) && run >= 3)
            {
                month = MonthNumber(text.Slice(i, 3));
            }

            i += run;
        }

        var (year, monthOfYear, day) = (month, count) switch
        {
            ( > 0, 2) => (numbers[1], month, numbers[0]),
            (0, 3) when widths[0] == 4 => (numbers[0], numbers[1], numbers[2]),
            (0, 3) => (numbers[2], numbers[0], numbers[1]),
            _ => (0, 0, 0),
        };
        if (year < 1 || monthOfYear is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, monthOfYear))
        {
            return false;
        }

        date = new DateOnly(year, monthOfYear, day);
        return true;
    }

    /// <summary>The length of the run of digits (or of letters, or of a single other character) at the start.</summary>
    private static int RunLength(ReadOnlySpan<char> text, bool digits)
    {
        if (!digits && !char.IsAsciiLetter(text[0]))
        {
            return 1;
        }

        var length = 1;
        while (length < text.Length && (digits ? char.IsAsciiDigit(text[length]) : char.IsAsciiLetter(text[length])))
        {
            length++;
        }

        return length;
    }

    private static int MonthNumber(ReadOnlySpan<char> name)
    {
        for (var m = 0; m < Months.Length; m++)
        {
            if (name.Equals(Months[m], StringComparison.OrdinalIgnoreCase))
            {
                return m + 1;
            }
        }

        return 0;
    }
}
