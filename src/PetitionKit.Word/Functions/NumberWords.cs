using System.Globalization;

namespace PetitionKit.Word.Functions;

/// <summary>Numbers as a U.S. pleading writes them: "one hundred twenty", "ninety-nine", "3rd", "twenty-first". The one
/// home for number words, read by the template functions (<c>text.number_words</c>) and by the petition's duration
/// phrases alike, so a period and a count never spell the same number two ways.</summary>
internal static class NumberWords
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static readonly string[] Small =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly (ulong Value, string Name)[] Scales =
        [(1_000_000_000_000_000_000, "quintillion"), (1_000_000_000_000_000, "quadrillion"), (1_000_000_000_000, "trillion"),
         (1_000_000_000, "billion"), (1_000_000, "million"), (1_000, "thousand")];

    /// <summary>The words for a number: "minus five", "one thousand two".</summary>
    public static string Cardinal(long number) =>
        number < 0 ? "minus " + Words(unchecked((ulong)-(number + 1)) + 1) : Words((ulong)number);

    /// <summary>The number in digits with its ordinal suffix: "1st", "12th", "23rd".</summary>
    public static string Ordinal(long number)
    {
        var suffix = (number % 100) is 11 or 12 or 13 ? "th" : (number % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return number.ToString(English) + suffix;
    }

    /// <summary>The ordinal in words: "first", "twenty-second", "one hundredth".</summary>
    public static string OrdinalWords(long number)
    {
        var words = Cardinal(number);
        var cut = Math.Max(words.LastIndexOf(' '), words.LastIndexOf('-')) + 1;
        var last = words[cut..];
        var ordinal = last switch
        {
            "one" => "first", "two" => "second", "three" => "third", "five" => "fifth", "eight" => "eighth",
            "nine" => "ninth", "twelve" => "twelfth",
            _ when last.EndsWith('y') => last[..^1] + "ieth",
            _ => last + "th",
        };
        return words[..cut] + ordinal;
    }

    /// <summary>The words for a number; unsigned, so that the words for <see cref="long.MinValue"/>, whose negation
    /// does not fit a <see langword="long"/>, can be written too.</summary>
    private static string Words(ulong number)
    {
        if (number < 20)
        {
            return Small[number];
        }

        if (number < 100)
        {
            return Tens[number / 10] + (number % 10 == 0 ? string.Empty : "-" + Small[number % 10]);
        }

        if (number < 1000)
        {
            return Small[number / 100] + " hundred" + (number % 100 == 0 ? string.Empty : " " + Words(number % 100));
        }

        var (value, name) = Scales.First(s => number >= s.Value);
        var rest = number % value;
        return Words(number / value) + " " + name + (rest == 0 ? string.Empty : " " + Words(rest));
    }
}
