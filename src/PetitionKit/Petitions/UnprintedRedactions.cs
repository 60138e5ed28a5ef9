using PetitionKit.Word.Drafting;
using PetitionKit.Word.Lexing;

namespace PetitionKit.Petitions;

/// <summary>Drops the checklist's notes that privacy changed a petitioner's date of birth, SSN or A-number when the
/// template prints no form of that value: the checklist tells the attorney what the draft shows, and a note about a value
/// the draft never prints reads as if the draft printed it. A minor's initials are always noted, since every draft names
/// its parties.</summary>
internal static class UnprintedRedactions
{
    // The forms in which a template can print each redacted value: the redacted one, or the raw one a caller opted into.
    private static readonly Dictionary<string, string[]> PrintedAs = new(StringComparer.Ordinal)
    {
        ["date_of_birth"] = ["birth_year", "raw.date_of_birth"],
        ["ssn"] = ["ssn_last_four", "raw.ssn"],
        ["a_number"] = ["a_number", "raw.a_number"],
    };

    /// <param name="items">The raised items; a redaction note has its petitioner path as its reference.</param>
    /// <param name="reads">The value tags reading each path of the petition view, from the template's path check.</param>
    /// <param name="printed">Whether a tag printed in this render: one under a false condition printed nothing.</param>
    public static IReadOnlyList<ChecklistItem> Drop(IEnumerable<ChecklistItem> items, IReadOnlyDictionary<string, IReadOnlyList<TagSite>> reads, Func<TagSite, bool> printed) =>
        [.. items.Where(item => !IsUnprinted(item, reads, printed))];

    private static bool IsUnprinted(ChecklistItem item, IReadOnlyDictionary<string, IReadOnlyList<TagSite>> reads, Func<TagSite, bool> printed)
    {
        if (item.Category != ChecklistCategory.AlteredValue || item.Field is not null || item.Reference is not { } path
            || !path.StartsWith("petitioners[", StringComparison.Ordinal))
        {
            return false;
        }

        var member = path.IndexOf("].", StringComparison.Ordinal);
        if (member < 0 || !PrintedAs.TryGetValue(path[(member + 2)..], out var forms))
        {
            return false;
        }

        // The first petitioner is also the template's `petitioner`.
        var isFirst = path.StartsWith("petitioners[0].", StringComparison.Ordinal);
        return !forms.Any(form => Printed("petitioners[]." + form) || (isFirst && Printed("petitioner." + form)));

        bool Printed(string shape) => reads.TryGetValue(shape, out var tags) && tags.Any(printed);
    }
}
