using System.Text.RegularExpressions;

namespace PetitionKit.Validation;

/// <summary>Finds text that looks like a full SSN, a full date of birth or a financial-account number (Fed. R. Civ. P.
/// 5.2(a); docs/legal-rules.md#privacy-and-redaction), so a rendered draft can be checked before anyone files it.</summary>
/// <remarks>Stateless and thread-safe. It errs towards reporting: a finding is for the attorney to look at. Dates are
/// reported as dates of birth only when a birth phrase governs them ("born on", "born in Lagos on", "date of birth:",
/// "DOB") or when they equal a birth date the caller passes in, because a delay petition is full of other dates: a
/// date merely near the word "born" (an RFE response sent after a child was born) is not a date of birth.</remarks>
internal static partial class PrivacyScanner
{
    // The longest birth phrase the governing pattern reads before a date: "born in" and a place of up to four words.
    private const int BirthContextChars = 80;

    // "Bar No. " and the like, read just before a number.
    private const int BarLabelChars = 16;


    public static IReadOnlyList<PrivacyFinding> Scan(ReadOnlySpan<char> text, IReadOnlyCollection<DateOnly>? knownBirthDates = null)
    {
        // The scan runs on every render; most drafts hold no number shaped like an SSN or an account number.
        var findings = new List<PrivacyFinding>();
        var shapes = IdentifierShapes.Read(text);
        if (shapes.MaySsn)
        {
            AddSsns(findings, text);
        }

        if (shapes.MayAccount)
        {
            AddAccounts(findings, text);
        }

        if (knownBirthDates is { Count: > 0 } || BirthWord().IsMatch(text))
        {
            AddBirthDates(findings, text, knownBirthDates);
        }

        findings.Sort((a, b) => a.Start.CompareTo(b.Start));
        return findings;
    }

    private static void AddSsns(List<PrivacyFinding> findings, ReadOnlySpan<char> text)
    {
        foreach (var match in Ssn().EnumerateMatches(text))
        {
            // A signature block's bar number is often nine digits; labelled as one, it is not an SSN and must be printed.
            if (BarNumberLabel().IsMatch(text[Math.Max(0, match.Index - BarLabelChars)..match.Index]))
            {
                continue;
            }

            findings.Add(new PrivacyFinding(
                PrivacyFindingKind.Ssn, match.Index, match.Length, "This looks like a full SSN or TIN; show only the last four digits."));
        }
    }

    private static void AddAccounts(List<PrivacyFinding> findings, ReadOnlySpan<char> text)
    {
        foreach (var match in Account().EnumerateMatches(text))
        {
            if (!Overlaps(findings, match.Index, match.Length))
            {
                findings.Add(new PrivacyFinding(
                    PrivacyFindingKind.AccountNumber, match.Index, match.Length, "This long number may be a financial-account number; show only the last four digits."));
            }
        }
    }

    private static void AddBirthDates(List<PrivacyFinding> findings, ReadOnlySpan<char> text, IReadOnlyCollection<DateOnly>? knownBirthDates)
    {
        foreach (var match in Date().EnumerateMatches(text))
        {
            AddIfBirthDate(findings, text, match.Index, match.Length, knownBirthDates);
        }

        foreach (var match in MonthFirstDate().EnumerateMatches(text))
        {
            // The match starts at the day; the month before it is the run of letters the lookbehind read.
            var start = MonthStart(text, match.Index);
            AddIfBirthDate(findings, text, start, match.Index + match.Length - start, knownBirthDates);
        }
    }

    private static void AddIfBirthDate(List<PrivacyFinding> findings, ReadOnlySpan<char> text, int start, int length, IReadOnlyCollection<DateOnly>? knownBirthDates)
    {
        if (Overlaps(findings, start, length))
        {
            return;
        }

        var from = Math.Max(0, start - BirthContextChars);
        var birth = GovernedByBirthPhrase().IsMatch(text[from..start])
            || (knownBirthDates is { Count: > 0 } && MatchedDate.TryRead(text.Slice(start, length), out var date) && knownBirthDates.Contains(date));
        if (birth)
        {
            findings.Add(new PrivacyFinding(PrivacyFindingKind.DateOfBirth, start, length, "This looks like a full date of birth; show only the year."));
        }
    }

    private static int MonthStart(ReadOnlySpan<char> text, int dayIndex)
    {
        var i = dayIndex;
        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        if (i > 0 && text[i - 1] == '.')
        {
            i--;
        }

        while (i > 0 && char.IsAsciiLetter(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static bool Overlaps(List<PrivacyFinding> findings, int start, int length) =>
        findings.Exists(f => start < f.Start + f.Length && f.Start < start + length);

    // The scan runs on every render, so the patterns are written to be cheap and carry no timeout: none has nested or
    // overlapping quantifiers, so a match attempt costs at most a few steps per character, and a timeout's clock
    // checks tripled the scan's cost. Every pattern run over the whole text starts its match at a digit, found by a
    // vectorised search.
#pragma warning disable MA0009 // No timeout, for the reason above.

    // docs/legal-rules.md#privacy-and-redaction: \d{3}-?\d{2}-?\d{4}; spaces are accepted as separators too.
    [GeneratedRegex(@"(?<![\w-])\d{3}(?<sep>[- ]?)\d{2}\k<sep>\d{4}(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex Ssn();

    // Ten or more digits in a row, or card-style groups of four; receipt and A-numbers start with letters, so they do not match.
    [GeneratedRegex(@"(?<![\w-])(?:\d{10,}|\d{4}(?:[ -]\d{4}){2,3}(?:[ -]\d{1,4})?)(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex Account();

    // 4/9/1985, 1985-04-09, 9 April 1985.
    [GeneratedRegex(
        @"(?<![\w/.-])(?:(?<m>\d{1,2})[/.-](?<d>\d{1,2})[/.-](?<y>\d{4})|(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})|(?<d>\d{1,2})\s+(?<mn>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(?<y>\d{4}))(?![\w/-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Date();

    // April 9, 1985 and Sept. 9 1985, matched from the day with the month read behind it: starting at the month made
    // every a, d, f, j, m, n, o and s of a draft a place to try a match.
    [GeneratedRegex(
        @"(?<=(?<![\w/.-])(?<mn>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)(?<d>\d{1,2}),?\s+(?<y>\d{4})(?![\w/-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirstDate();

    // The text right before a date, when a birth phrase governs the date: "born", "born on", "born in Lagos, Nigeria,
    // on", "date of birth:", "date of birth is", "birth date", "DOB", "(D.O.B." and nothing else between. A place is
    // capitalised words without digits, so "born in 2019, and the RFE response was sent on" governs nothing.
    [GeneratedRegex(
        @"(?:\bborn(?:\s+in\s+(?:the\s+)?(?-i:\p{Lu}[\p{L}'’.-]*(?:,?\s+\p{Lu}[\p{L}'’.-]*){0,3}),?)?\s+(?:on\s+)?|\b(?:birth\s*date|date\s+of\s+birth|d\.?o\.?b\.?)\s*(?:[:(]\s*|(?:is|was|of|on)\s+)?)\z",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GovernedByBirthPhrase();

    // Every birth phrase GovernedByBirthPhrase matches holds one of these words: without one, and with no known birth date, no date
    // can be a date of birth and the date patterns need not run. (A generated regex rather than SearchValues<string>, which .NET 8 lacks.)
    [GeneratedRegex(@"born|birth|dob|d\.o\.b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BirthWord();
#pragma warning restore MA0009

    [GeneratedRegex(@"\bBar\s*(?:No\.?|Number|#)\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BarNumberLabel();
}
