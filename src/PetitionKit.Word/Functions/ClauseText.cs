using System.Collections.Frozen;

namespace PetitionKit.Word.Functions;

/// <summary>Fits free text typed as a sentence into the middle of a pleaded sentence: "On May 9, 2023, {clause} (Ex. B)."
/// The first word loses its capital only when it is a common word ("The applicants" → "the applicants"), never a
/// name or an acronym ("USCIS", "Mr. Okafor"); a final period, semicolon or comma goes, except the period of an
/// abbreviation ("U.S.", "Inc.").</summary>
internal static class ClauseText
{
    private static readonly FrozenSet<string> CommonWords = FrozenSet.ToFrozenSet(
        [
            "a", "after", "all", "an", "another", "at", "before", "both", "by", "counsel", "during", "each", "every",
            "for", "from", "he", "her", "his", "in", "it", "its", "my", "no", "none", "on", "one", "our", "several",
            "she", "some", "that", "the", "their", "these", "they", "this", "those", "three", "two", "we", "when",
            "while", "with",
        ],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
        ["Co.", "Corp.", "Inc.", "Jr.", "Ltd.", "No.", "Sr.", "St."], StringComparer.Ordinal);

    /// <summary>Returns <paramref name="text"/> ready to follow a comma or a verb: trimmed, its first common word in
    /// lower case, without a final period, semicolon or comma.</summary>
    public static string Clause(string? text)
    {
        var clause = (text ?? string.Empty).Trim();
        clause = StripEnd(clause);
        var space = clause.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? clause : clause[..space];
        if (first.Length > 1 && char.IsUpper(first[0]) && first.Skip(1).All(char.IsLower) && CommonWords.Contains(first.ToLowerInvariant()))
        {
            clause = char.ToLowerInvariant(clause[0]) + clause[1..];
        }

        return clause;
    }

    /// <summary>Returns an office's name with "the" before it ("the Houston Field Office"), unless it already starts
    /// with an article.</summary>
    public static string WithArticle(string? name)
    {
        var office = (name ?? string.Empty).Trim();
        if (office.Length == 0)
        {
            return office;
        }

        return office.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? "the " + office[4..] : "the " + office;
    }

    /// <summary>Says how many times something happened: "once", "twice", "three times".</summary>
    public static string Times(long count) => count switch
    {
        1 => "once",
        2 => "twice",
        _ => NumberWords.Cardinal(count) + " times",
    };

    /// <summary>Returns the possessive of a name or a party label: "Plaintiff's", but "Plaintiffs'" and "U.S. Citizenship
    /// and Immigration Services'", because a name that ends in s (most often a plural noun such as "Services" or
    /// "Affairs") takes the apostrophe alone; never "Services's".</summary>
    public static string Possessive(string? name)
    {
        var owner = (name ?? string.Empty).Trim();
        if (owner.Length == 0)
        {
            return owner;
        }

        return owner[^1] is 's' or 'S' ? owner + "'" : owner + "'s";
    }

    private static string StripEnd(string clause)
    {
        while (clause.Length > 0 && clause[^1] is ';' or ',' or '.')
        {
            if (clause[^1] == '.' && EndsWithAbbreviation(clause))
            {
                break;
            }

            clause = clause[..^1].TrimEnd();
        }

        return clause;
    }

    private static bool EndsWithAbbreviation(string clause)
    {
        var last = clause[(clause.LastIndexOf(' ') + 1)..];
        return Abbreviations.Contains(last) || last[..^1].Contains('.', StringComparison.Ordinal);
    }
}
