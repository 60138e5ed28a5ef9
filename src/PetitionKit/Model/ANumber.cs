using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace PetitionKit.Model;

/// <summary>An alien registration number, normalised to <c>A</c> and nine digits (docs/legal-rules.md#identifiers).</summary>
/// <remarks>Immutable. Older numbers have seven or eight digits and are padded with leading zeros.</remarks>
public sealed partial record ANumber
{
    private ANumber(string digits)
    {
        Digits = digits;
    }

    /// <summary>Gets the nine digits, with leading zeros.</summary>
    public string Digits { get; }

    /// <summary>Gets the normalised number, such as <c>A012345678</c>.</summary>
    public string Value => "A" + Digits;

    /// <summary>Parses an A-number typed with or without the A, dashes or spaces.</summary>
    /// <param name="text">The number as typed, such as <c>A-12-345-678</c> or <c>12345678</c>.</param>
    /// <returns>The parsed number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not 7 to 9 digits with an optional leading A.</exception>
    public static ANumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var result)
            ? result
            : throw new FormatException($"'{text}' is not an A-number: expected 7 to 9 digits, with or without a leading A.");
    }

    /// <summary>Tries to parse an A-number typed with or without the A, dashes or spaces.</summary>
    /// <param name="text">The number as typed.</param>
    /// <param name="result">The parsed number, or null.</param>
    /// <returns>Whether the text is an A-number.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ANumber? result)
    {
        result = null;
        if (text is null)
        {
            return false;
        }

        var match = Shape().Match(Separators().Replace(text, string.Empty));
        if (!match.Success)
        {
            return false;
        }

        result = new ANumber(match.Groups["digits"].Value.PadLeft(9, '0'));
        return true;
    }

    /// <summary>Formats the number for a draft under a masking policy.</summary>
    /// <param name="masking">How much of the number to show.</param>
    /// <returns>The number as <c>A012-345-678</c>, with hidden digits shown as <c>X</c>, such as <c>AXXX-XXX-678</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="masking"/> is not a defined policy.</exception>
    public string Format(ANumberMasking masking)
    {
        var shown = masking switch
        {
            ANumberMasking.LastThree => 3,
            ANumberMasking.LastFour => 4,
            ANumberMasking.Full => 9,
            _ => throw new ArgumentOutOfRangeException(nameof(masking), masking, "Unknown A-number masking policy."),
        };
        var digits = new string('X', 9 - shown) + Digits[(9 - shown)..];
        return $"A{digits[..3]}-{digits[3..6]}-{digits[6..]}";
    }

    /// <summary>Returns <see cref="Value"/>; drafts use <see cref="Format"/>.</summary>
    /// <returns>The normalised number.</returns>
    public override string ToString() => Value;

    [GeneratedRegex(@"[\s\-.]+", RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex Separators();

    // ASCII digits only: \d also matches Arabic-Indic, Devanagari and other digits, which no agency number holds.
    [GeneratedRegex(@"^[Aa]?(?<digits>[0-9]{7,9})$", RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex Shape();
}
