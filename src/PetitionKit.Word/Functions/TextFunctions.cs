using System.Collections;
using System.Globalization;
using Scriban.Runtime;

namespace PetitionKit.Word.Functions;

/// <summary>Functions legal prose needs and Scriban lacks (docs/engine.md#rendering), as the template object <c>text</c>:
/// <c>{{ names | text.join_and }}</c> → "Ana, Ben, and Cy"; <c>{{ 18 | text.number_words }}</c> → "eighteen";
/// <c>{{ 3 | text.ordinal }}</c> → "3rd"; <c>{{ n | text.plural "petitioner" "petitioners" }}</c>;
/// <c>{{ "2026-06-03" | text.long_date }}</c> → "June 3, 2026"; <c>{{ "2026-06-03" | text.day_of }}</c> → "3rd day of June, 2026";
/// <c>{{ "The office replied." | text.clause }}</c> → "the office replied"; <c>{{ "Houston Field Office" | text.the }}</c> →
/// "the Houston Field Office"; <c>{{ 2 | text.times }}</c> → "twice"; <c>{{ "Plaintiffs" | text.possessive }}</c> →
/// "Plaintiffs'".</summary>
/// <remarks>U.S. English legal style, whatever the render culture: these phrases are pleading text, not number formats.</remarks>
internal static class TextFunctions
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static readonly Lazy<ScriptObject> Shared = new(() => SafeBuiltins.Freeze(Create()));

    /// <summary>Gets the functions, built once and frozen: they hold no state, so every render shares them.</summary>
    public static ScriptObject Instance => Shared.Value;

    private static ScriptObject Create()
    {
        var text = new ScriptObject(StringComparer.Ordinal);
        ScriptFunctions.Add(text, "join_and", new Func<IEnumerable?, string>(items => Join(items, "and")));
        ScriptFunctions.Add(text, "join_or", new Func<IEnumerable?, string>(items => Join(items, "or")));
        ScriptFunctions.Add(text, "number_words", new Func<long, string>(NumberWords.Cardinal));
        ScriptFunctions.Add(text, "number_with_words", new Func<long, string>(n => string.Create(English, $"{NumberWords.Cardinal(n)} ({n:N0})")));
        ScriptFunctions.Add(text, "ordinal", new Func<long, string>(NumberWords.Ordinal));
        ScriptFunctions.Add(text, "ordinal_words", new Func<long, string>(NumberWords.OrdinalWords));
        ScriptFunctions.Add(text, "plural", new Func<long, string, string, string>((count, singular, plural) => count == 1 ? singular : plural));
        ScriptFunctions.Add(text, "long_date", new Func<string, string>(iso => ParseDate(iso).ToString("MMMM d, yyyy", English)));
        ScriptFunctions.Add(text, "clause", new Func<string?, string>(ClauseText.Clause));
        ScriptFunctions.Add(text, "the", new Func<string?, string>(ClauseText.WithArticle));
        ScriptFunctions.Add(text, "times", new Func<long, string>(ClauseText.Times));
        ScriptFunctions.Add(text, "possessive", new Func<string?, string>(ClauseText.Possessive));
        ScriptFunctions.Add(text, "day_of", new Func<string, string>(iso =>
        {
            var date = ParseDate(iso);
            return $"{NumberWords.Ordinal(date.Day)} day of {date.ToString("MMMM, yyyy", English)}";
        }));
        return text;
    }

    /// <summary>Joins with commas and a serial (Oxford) comma: "A and B", "A, B, and C".</summary>
    public static string Join(IEnumerable? items, string conjunction)
    {
        // A single string is one item, not a list of its letters.
        var list = items is string one ? [one] : items?.Cast<object?>() ?? [];
        var parts = list.Select(i => Convert.ToString(i, English)).Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        return parts.Count switch
        {
            0 => string.Empty,
            1 => parts[0]!,
            2 => $"{parts[0]} {conjunction} {parts[1]}",
            _ => $"{string.Join(", ", parts.Take(parts.Count - 1))}, {conjunction} {parts[^1]}",
        };
    }

    private static DateOnly ParseDate(string iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"‘{iso}’ is not a date in the form yyyy-mm-dd.");
}
