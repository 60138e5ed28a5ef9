using System.Text.RegularExpressions;

namespace PetitionKit.Word.Lexing;

/// <summary>Reads a tag's code to tell a block tag from a value, and a silent statement from one that writes.</summary>
internal static partial class TagClassifier
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "for", "if", "while", "case", "with", "capture", "tablerow", "func", "wrap" };

    public static (TagKind Kind, string Keyword) Classify(string code)
    {
        var match = LeadingWord().Match(code);
        var word = match.Success ? match.Groups["w"].Value : string.Empty;
        if (IsMemberAccess(code, match))
        {
            // `case.number` names data, not a `case` block (see KeywordPaths).
            return (TagKind.Value, string.Empty);
        }

        if (Openers.Contains(word) && !IsAlone(code, match))
        {
            return (TagKind.Open, word);
        }

        if (Openers.Contains(word))
        {
            // `{{ case }}` opens nothing (every block needs something after its keyword): most likely data named
            // `case` was meant; the syntax check says so, without a second error for a block left open.
            return (TagKind.Value, string.Empty);
        }

        if (word is "else" or "when")
        {
            return (TagKind.Middle, word);
        }

        if (string.Equals(word, "end", StringComparison.Ordinal))
        {
            return (TagKind.End, word);
        }

        if (string.Equals(word, "review_item", StringComparison.Ordinal) || Assignment().IsMatch(code))
        {
            return (TagKind.Silent, word);
        }

        return (TagKind.Value, string.Empty);
    }

    /// <summary>Gets the Scriban keywords that cannot start a data path.</summary>
    public static bool IsReservedWord(string word) =>
        Openers.Contains(word) || word is "else" or "when" or "end" or "in" or "break" or "continue" or "ret" or "import" or "readonly" or "include";

    private static bool IsAlone(string code, Match match) =>
        match.Success && code[(match.Index + match.Length)..].Trim(' ', '-', '~', '\t').Length == 0;

    private static bool IsMemberAccess(string code, Match match)
    {
        var after = match.Success ? match.Index + match.Length : -1;
        return after > 0 && after < code.Length && code[after] is '.' or '[';
    }

    [GeneratedRegex("^\\s*-?\\s*(?<w>[a-z_]+)\\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex LeadingWord();

    // `x = 1`, `a.b += 2`; not `x == 1`.
    [GeneratedRegex("^\\s*-?\\s*[A-Za-z_$][A-Za-z0-9_.\\[\\]\"']*\\s*[-+*/%]?=(?!=)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Assignment();
}
