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

    private static readonly HashSet<string> Months = new(
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        StringComparer.OrdinalIgnoreCase);

    public static PrivacyFacts Of(Petition petition)
    {
        var minors = new List<(int, Regex)>();
        for (var i = 0; i < petition.Petitioners.Count; i++)
        {
            var petitioner = petition.Petitioners[i];
            if (petitioner.IsMinor && NamePattern(petitioner.Name, AdultNameWords(petition)) is { } pattern)
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
    // ("Ana Sofia Ruiz" written "Ana Ruiz"); and the given name alone ("including Lucia, attended"), since beside the
    // parents' names in the caption it identifies the child as surely (Fed. R. Civ. P. 5.2(a)(3) allows initials only).
    // The given name alone is matched capitalised as typed, so a word that is also a name ("Rose", "Hope") is caught
    // only as a name; it is not matched when an adult petitioner's name has the same word (it would mask the adult) or
    // when it is a month ("May", "June": dates).
    private static Regex? NamePattern(string name, HashSet<string> adultNameWords)
    {
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return null;
        }

        var full = string.Join(@"\s+", words.Select(Regex.Escape));
        var pattern = words.Length > 2 ? $"{full}|{Regex.Escape(words[0])}\\s+{Regex.Escape(words[^1])}" : full;
        var given = words[0];
        if (given.Length > 1 && !adultNameWords.Contains(given) && !Months.Contains(given) && !given.EndsWith('.'))
        {
            pattern += $"|(?-i:{Regex.Escape(given)})";
        }

        return new Regex(
            $@"(?<![\p{{L}}\p{{M}}])(?:{pattern})(?![\p{{L}}\p{{M}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
    }

    // Every word of an adult's name the draft prints in full: an adult petitioner's, and a next friend's (a parent
    // "Oumar Sr." shares the child's given name and keeps his own).
    private static HashSet<string> AdultNameWords(Petition petition) =>
        petition.Petitioners.Where(p => !p.IsMinor).Select(p => p.Name)
            .Concat(petition.Petitioners.Select(p => p.NextFriend?.Name).OfType<string>())
            .SelectMany(name => name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Select(word => word.TrimEnd('.', ','))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
