using System.Text;

namespace PetitionKit.Catalogs;

/// <summary>Matches denied citations in free text regardless of case, punctuation and spacing.</summary>
/// <remarks>A draft may write "Alvarez v ICE", "ALVAREZ vs. I.C.E." or split the name across a line break; all must
/// still be caught, so text and patterns are reduced to the same canonical form before an ordinal search.</remarks>
internal static class DeniedTextMatcher
{
    /// <summary>Reduces text to upper-case words separated by single spaces, with a space at each end so that a
    /// contained pattern matches only on word boundaries.</summary>
    internal static string Canonicalize(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                word.Append(char.ToUpperInvariant(ch));
            }
            else if (ch is not ('.' or '\'' or '\u2019'))
            {
                // Periods and apostrophes join ("U.S." = "US", "F.3d" = "F3d"); anything else ends a word.
                Flush(word, words);
                if (ch == '&')
                {
                    words.Add("AND");
                }
            }
        }

        Flush(word, words);
        return " " + string.Join(' ', words) + " ";
    }

    /// <summary>Whether canonical text contains a canonical pattern.</summary>
    internal static bool Contains(string canonicalText, string canonicalPattern) =>
        canonicalText.Contains(canonicalPattern, StringComparison.Ordinal);

    private static void Flush(StringBuilder word, List<string> words)
    {
        if (word.Length == 0)
        {
            return;
        }

        var text = word.ToString();
        words.Add(text is "VS" or "VERSUS" ? "V" : text);
        word.Clear();
    }
}
