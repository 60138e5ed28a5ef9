
namespace PetitionKit.Word.Checking;

/// <summary>Finds the known name a misspelt one most likely meant: close in spelling, or the end of a longer name
/// (<c>attorney_fees</c> is the end of <c>omit_attorney_fees</c>), so a diagnostic can say "did you mean".</summary>
internal static class NearestName
{
    public static string? Find(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestScore = int.MaxValue;
        foreach (var candidate in candidates.Order(StringComparer.Ordinal))
        {
            var score = Score(name, candidate);
            if (score < bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        // A suggestion far from what was typed misleads more than it helps.
        return bestScore <= Math.Max(2, name.Length / 3) ? best : null;
    }

    private static int Score(string name, string candidate)
    {
        var score = Distance(name, candidate);
        for (var i = candidate.IndexOf('_', StringComparison.Ordinal); i >= 0; i = candidate.IndexOf('_', i + 1))
        {
            score = Math.Min(score, Distance(name, candidate[(i + 1)..]) + 1);
        }

        for (var i = name.IndexOf('_', StringComparison.Ordinal); i >= 0; i = name.IndexOf('_', i + 1))
        {
            score = Math.Min(score, Distance(name[(i + 1)..], candidate) + 1);
        }

        return score;
    }

    /// <summary>The Levenshtein distance: insertions, deletions and substitutions, each costing one.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
