using System.Globalization;
using PetitionKit.Validation;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Petitions;

/// <summary>Turns what the privacy scan (Fed. R. Civ. P. 5.2) finds in a draft's text into checklist items. The value
/// found is never repeated: only the words before it say where it is.</summary>
internal static class PrivacyChecklist
{
    public static IReadOnlyList<ChecklistItem> Items(string partDescription, ReadOnlySpan<char> text, IReadOnlyCollection<DateOnly>? knownBirthDates)
    {
        var items = new List<ChecklistItem>();
        foreach (var finding in PrivacyScanner.Scan(text, knownBirthDates))
        {
            items.Add(new ChecklistItem(
                ChecklistCategory.Privacy,
                finding.Message,
                string.Create(CultureInfo.InvariantCulture, $"{partDescription}, near “{Before(text, finding.Start)}”")));
        }

        return items;
    }

    private static string Before(ReadOnlySpan<char> text, int start)
    {
        var from = Math.Max(0, start - 40);
        return "…" + text[from..start].ToString().Replace('\n', ' ').Trim();
    }
}
