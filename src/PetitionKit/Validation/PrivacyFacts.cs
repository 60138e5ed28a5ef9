using System.Text.RegularExpressions;
using PetitionKit.Model;

namespace PetitionKit.Validation;

/// <summary>What a petition knows about the people it protects, so that free text can be checked against it: the
/// petitioners' dates of birth, their A-numbers, and the full names of the minors.</summary>
internal sealed class PrivacyFacts
{
    private PrivacyFacts(IReadOnlyCollection<DateOnly> birthDates, IReadOnlySet<string> aNumberDigits, IReadOnlyList<(int Petitioner, Regex Name)> minors)
    {
        BirthDates = birthDates;
        ANumberDigits = aNumberDigits;
        Minors = minors;
    }

    /// <summary>Gets the petitioners' dates of birth.</summary>
    public IReadOnlyCollection<DateOnly> BirthDates { get; }

    /// <summary>Gets the petitioners' A-numbers, as nine digits.</summary>
    public IReadOnlySet<string> ANumberDigits { get; }

    /// <summary>Gets each minor petitioner's index with a pattern for their full name.</summary>
    public IReadOnlyList<(int Petitioner, Regex Name)> Minors { get; }

    public static PrivacyFacts Of(Petition petition)
    {
        var minors = new List<(int, Regex)>();
        for (var i = 0; i < petition.Petitioners.Count; i++)
        {
            var petitioner = petition.Petitioners[i];
            if (petitioner.IsMinor && NamePattern(petitioner.Name) is { } pattern)
            {
                minors.Add((i, pattern));
            }
        }

        return new PrivacyFacts(
            [.. petition.Petitioners.Where(p => p.DateOfBirth is not null).Select(p => p.DateOfBirth!.Value).Distinct()],
            petition.Petitioners.Select(p => ANumber.TryParse(p.ANumber, out var number) ? number.Digits : null).OfType<string>().ToHashSet(StringComparer.Ordinal),
            minors);
    }

    // The full name as typed, in any case and spacing; a name of three or more words also as its first and last word
    // ("Ana Sofia Ruiz" written "Ana Ruiz"). A single word is no full name: it would mask every use of that word.
    private static Regex? NamePattern(string name)
    {
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return null;
        }

        var full = string.Join(@"\s+", words.Select(Regex.Escape));
        var pattern = words.Length > 2 ? $"{full}|{Regex.Escape(words[0])}\\s+{Regex.Escape(words[^1])}" : full;
        return new Regex(
            $@"(?<![\p{{L}}\p{{M}}])(?:{pattern})(?![\p{{L}}\p{{M}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
    }
}
