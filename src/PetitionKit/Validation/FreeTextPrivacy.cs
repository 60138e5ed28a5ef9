using System.Text.RegularExpressions;

namespace PetitionKit.Validation;

/// <summary>Finds, in one free-text field, what Fed. R. Civ. P. 5.2(a) keeps out of a filing (docs/legal-rules.md#privacy-and-redaction): a full
/// SSN, a full date of birth, a minor's full name, and an A-number written in full.</summary>
/// <remarks>Stateless and thread-safe. A date is a date of birth only when it is a petitioner's known date of birth or
/// a birth phrase governs it (see <see cref="PrivacyScanner"/>). An A-number is one with its A ("A012345678",
/// "A-012-345-678"), one after "A-number" or "alien number", or a petitioner's own number written without its A; a bare
/// nine-digit number that is none of these is taken for an SSN.</remarks>
internal static partial class FreeTextPrivacy
{
    public static IReadOnlyList<FreeTextPrivacyFinding> Find(string text, PrivacyFacts facts)
    {
        var findings = new List<FreeTextPrivacyFinding>();
        AddANumbers(findings, text, facts);
        foreach (var (petitioner, name) in facts.Minors)
        {
            foreach (var match in name.EnumerateMatches(text))
            {
                Add(findings, new FreeTextPrivacyFinding(FreeTextPrivacyKind.MinorName, match.Index, match.Length, petitioner));
            }
        }

        foreach (var finding in PrivacyScanner.Scan(text, facts.BirthDates))
        {
            var kind = finding.Kind switch
            {
                PrivacyFindingKind.Ssn => FreeTextPrivacyKind.Ssn,
                PrivacyFindingKind.DateOfBirth => FreeTextPrivacyKind.DateOfBirth,
                _ => (FreeTextPrivacyKind?)null,
            };
            if (kind is { } found)
            {
                Add(findings, new FreeTextPrivacyFinding(found, finding.Start, finding.Length));
            }
        }

        findings.Sort((a, b) => a.Start.CompareTo(b.Start));
        return findings;
    }

    private static void AddANumbers(List<FreeTextPrivacyFinding> findings, string text, PrivacyFacts facts)
    {
        foreach (var match in Lettered().EnumerateMatches(text))
        {
            Add(findings, new FreeTextPrivacyFinding(FreeTextPrivacyKind.ANumber, match.Index, match.Length));
        }

        foreach (Match match in AfterPhrase().Matches(text))
        {
            var digits = match.Groups["digits"];
            Add(findings, new FreeTextPrivacyFinding(FreeTextPrivacyKind.ANumber, digits.Index, digits.Length));
        }

        foreach (var match in Bare().EnumerateMatches(text))
        {
            if (facts.ANumberDigits.Contains(Digits(text.AsSpan(match.Index, match.Length)).PadLeft(9, '0')))
            {
                Add(findings, new FreeTextPrivacyFinding(FreeTextPrivacyKind.ANumber, match.Index, match.Length));
            }
        }
    }

    private static string Digits(ReadOnlySpan<char> text)
    {
        var digits = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
        }

        return digits.ToString();
    }

    private static void Add(List<FreeTextPrivacyFinding> findings, FreeTextPrivacyFinding finding)
    {
        if (!findings.Exists(f => finding.Start < f.Start + f.Length && f.Start < finding.Start + finding.Length))
        {
            findings.Add(finding);
        }
    }

    // "A012345678", "A-012-345-678", "A# 12345678".
    [GeneratedRegex(@"(?<![\w-])A[-#.]?\s?(?:\d{7,9}|\d{3}[-\s.]\d{3}[-\s.]\d{3})(?![\w-])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Lettered();

    // "A-number: 012345678", "A# 12345678", "alien registration number 012 345 678": the digits after the phrase.
    [GeneratedRegex(
        @"\b(?i:A-?\s?(?:number|no\.?|#)|alien\s+(?:registration\s+)?number)\s*(?:is\s+|:\s*|#\s*)?(?<digits>\d{7,9}|\d{3}[-\s.]\d{3}[-\s.]\d{3})(?![\w-])",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AfterPhrase();

    // Seven to nine digits standing alone, kept only when they are a petitioner's own A-number.
    [GeneratedRegex(@"(?<![\w-])(?:\d{7,9}|\d{3}[-\s.]\d{3}[-\s.]\d{3})(?![\w-])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Bare();
}
