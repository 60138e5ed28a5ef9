using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PetitionKit.Model;

/// <summary>A USCIS receipt number: three letters and ten digits, such as <c>EAC2212345678</c> (docs/legal-rules.md#identifiers).</summary>
/// <remarks>Immutable. Parsing removes spaces and dashes and upper-cases letters; asterisks printed on a notice are kept
/// (USCIS asks for them) and reported by <see cref="HasAsterisk"/>. The number is read from its shape alone: which office
/// a prefix stands for is the catalog's to say (<c>ReceiptOffices.Find</c>), and an unknown
/// prefix finds no office there rather than a guess.</remarks>
public sealed partial record ReceiptNumber
{
    // Numbers from these offices follow the legacy CLAIMS3 layout PPP YY DDD NNNNN; IOE (ELIS) and asylum Z-codes do not.
    private static readonly HashSet<string> LegacyPrefixes = new(StringComparer.Ordinal)
    {
        "EAC", "VSC", "WAC", "CSC", "LIN", "NSC", "SRC", "TSC", "MSC", "NBC", "YSC",
    };

    private ReceiptNumber(string value, string prefix)
    {
        Value = value;
        Prefix = prefix;
        HasAsterisk = value.Contains('*', StringComparison.Ordinal);
        var digits = value.Replace("*", string.Empty, StringComparison.Ordinal)[3..];
        var workday = int.Parse(digits.AsSpan(2, 3), NumberStyles.None, CultureInfo.InvariantCulture);
        if (LegacyPrefixes.Contains(prefix) && workday is >= 1 and <= 366)
        {
            IsLegacyStructured = true;
            FiscalYear = 2000 + int.Parse(digits.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture);
            Workday = workday;
        }
    }

    /// <summary>Gets the normalised number: upper-case, no spaces or dashes, asterisks kept. Templates: <c>receipt_number</c>.</summary>
    public string Value { get; }

    /// <summary>Gets the three-letter office prefix, such as <c>EAC</c>.</summary>
    public string Prefix { get; }

    /// <summary>Gets a value indicating whether the number carried asterisks, which should be checked against the notice.</summary>
    public bool HasAsterisk { get; }

    /// <summary>Gets a value indicating whether the number follows the legacy layout: prefix, fiscal year, computer workday
    /// of the fiscal year, five-digit sequence. ELIS (<c>IOE</c>), asylum and unknown prefixes are never decoded.</summary>
    public bool IsLegacyStructured { get; }

    /// <summary>Gets the federal fiscal year (October 1 to September 30) in a legacy-structured number, such as 2022 for
    /// <c>EAC22…</c>; null otherwise.</summary>
    public int? FiscalYear { get; }

    /// <summary>Gets the computer workday of the fiscal year (not a calendar day) in a legacy-structured number; null otherwise.</summary>
    public int? Workday { get; }

    /// <summary>Parses a receipt number as printed, such as <c>EAC-22-123-45678</c>.</summary>
    /// <param name="text">The number as printed or typed.</param>
    /// <returns>The parsed number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not three letters and ten digits.</exception>
    public static ReceiptNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var result)
            ? result
            : throw new FormatException($"'{text}' is not a receipt number: expected three letters and ten digits, such as EAC2212345678.");
    }

    /// <summary>Tries to parse a receipt number as printed, such as <c>EAC-22-123-45678</c>.</summary>
    /// <param name="text">The number as printed or typed.</param>
    /// <param name="result">The parsed number, or null when the text is not a receipt number.</param>
    /// <returns>Whether the text is a receipt number.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ReceiptNumber? result)
    {
        result = null;
        if (text is null)
        {
            return false;
        }

        var value = Separators().Replace(text, string.Empty).ToUpperInvariant();
        if (!Shape().IsMatch(value.Replace("*", string.Empty, StringComparison.Ordinal)))
        {
            return false;
        }

        var prefix = value.Replace("*", string.Empty, StringComparison.Ordinal)[..3];
        result = new ReceiptNumber(value, prefix);
        return true;
    }

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The normalised number.</returns>
    public override string ToString() => Value;

    [GeneratedRegex(@"[\s\-]+", RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex Separators();

    // docs/legal-rules.md#identifiers: 13 characters, three letters then ten digits; no checksum letter, never 14 characters.
    // ASCII digits only: \d also matches Arabic-Indic, Devanagari and other digits, which no agency number holds.
    [GeneratedRegex(@"^[A-Z]{3}[0-9]{10}$", RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex Shape();
}
