using System.Globalization;
using System.Text.RegularExpressions;

namespace PetitionKit.Validation;

/// <summary>Finds text that looks like a full SSN, a full date of birth or a financial-account number (Fed. R. Civ. P.
/// 5.2(a); legal brief §4.6), so a rendered draft can be checked before anyone files it.</summary>
/// <remarks>Stateless and thread-safe. It errs towards reporting: a finding is for the attorney to look at. Dates are
/// reported as dates of birth only next to a birth word ("born", "birth", "DOB") or when they equal a birth date the
/// caller passes in, because a delay petition is full of other dates.</remarks>
internal static partial class PrivacyScanner
{
    private const int BirthContextChars = 40;

    public static IReadOnlyList<PrivacyFinding> Scan(string text, IReadOnlyCollection<DateOnly>? knownBirthDates = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var findings = new List<PrivacyFinding>();
        foreach (Match match in Ssn().Matches(text))
        {
            findings.Add(new PrivacyFinding(
                PrivacyFindingKind.Ssn, match.Index, match.Length, "This looks like a full SSN or TIN; show only the last four digits."));
        }

        foreach (Match match in Account().Matches(text))
        {
            if (!Overlaps(findings, match))
            {
                findings.Add(new PrivacyFinding(
                    PrivacyFindingKind.AccountNumber, match.Index, match.Length, "This long number may be a financial-account number; show only the last four digits."));
            }
        }

        foreach (Match match in Date().Matches(text))
        {
            if (!Overlaps(findings, match) && IsBirthDate(text, match, knownBirthDates))
            {
                findings.Add(new PrivacyFinding(
                    PrivacyFindingKind.DateOfBirth, match.Index, match.Length, "This looks like a full date of birth; show only the year."));
            }
        }

        findings.Sort((a, b) => a.Start.CompareTo(b.Start));
        return findings;
    }

    private static bool IsBirthDate(string text, Match match, IReadOnlyCollection<DateOnly>? knownBirthDates)
    {
        var from = Math.Max(0, match.Index - BirthContextChars);
        if (BirthWord().IsMatch(text.AsSpan(from, match.Index - from)))
        {
            return true;
        }

        return knownBirthDates is { Count: > 0 } && TryRead(match, out var date) && knownBirthDates.Contains(date);
    }

    private static bool TryRead(Match match, out DateOnly date)
    {
        date = default;
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        int month;
        if (match.Groups["mn"].Success)
        {
            month = Array.FindIndex(
                CultureInfo.InvariantCulture.DateTimeFormat.MonthNames,
                name => name.Length > 0 && name.StartsWith(match.Groups["mn"].Value[..3], StringComparison.OrdinalIgnoreCase)) + 1;
        }
        else
        {
            month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        }

        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool Overlaps(List<PrivacyFinding> findings, Match match) =>
        findings.Exists(f => match.Index < f.Start + f.Length && f.Start < match.Index + match.Length);

    // Legal brief §4.6: \d{3}-?\d{2}-?\d{4}; spaces are accepted as separators too.
    [GeneratedRegex(@"(?<![\w-])\d{3}(?<sep>[- ]?)\d{2}\k<sep>\d{4}(?![\w-])", RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex Ssn();

    // Ten or more digits in a row, or card-style groups of four; receipt and A-numbers start with letters, so they do not match.
    [GeneratedRegex(@"(?<![\w-])(?:\d{10,}|\d{4}(?:[ -]\d{4}){2,3}(?:[ -]\d{1,4})?)(?![\w-])", RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex Account();

    [GeneratedRegex(
        @"(?<![\w/.-])(?:(?<m>\d{1,2})[/.-](?<d>\d{1,2})[/.-](?<y>\d{4})|(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})|(?<mn>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?<d>\d{1,2}),?\s+(?<y>\d{4})|(?<d>\d{1,2})\s+(?<mn>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(?<y>\d{4}))(?![\w/-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        10_000)]
    private static partial Regex Date();

    [GeneratedRegex(@"\b(?:born|birth|birthdate|dob|d\.o\.b\.?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex BirthWord();
}
