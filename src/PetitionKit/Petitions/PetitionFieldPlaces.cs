using System.Text.RegularExpressions;
using PetitionKit.Word.Drafting;
using PetitionKit.Word.Lexing;
using PetitionKit.Word.Rendering;
using Scriban.Runtime;

namespace PetitionKit.Petitions;

/// <summary>Turns a checklist item raised about a petition field (<c>harms[2].description</c>, <c>visa</c>) into one that
/// also says where the draft prints that field: the attorney reads a draft, not a JSON file, so "Where" names the
/// paragraph, and the field stays beside it for whoever corrects the petition. The place is the first tag reading the
/// field that printed in this render (a list item's text may print again later, or, for one item of a list, further
/// down), so it is worded "first printed at"; a tag under a false condition printed nothing and is passed over.</summary>
internal static partial class PetitionFieldPlaces
{
    // A field the view prints only through what it derives: the court's id is printed as its district's name (the
    // caption's "FOR THE NORTHERN DISTRICT OF ILLINOIS"), so an item about the court is placed where that prints.
    private static readonly Dictionary<string, string> DerivedViews = new(StringComparer.Ordinal)
    {
        ["court.court_id"] = "district",
    };

    /// <param name="items">Items whose <see cref="ChecklistItem.Location"/>, when set, is a petition path.</param>
    /// <param name="reads">The value tags reading each path of the petition view, from the template's path check.</param>
    /// <param name="printed">Whether a tag printed in this render.</param>
    /// <param name="view">The petition view the draft is rendered from: a field it lacks (an item saying "record the
    /// visa facts") is printed nowhere, so such an item names the field only, never a paragraph that is not there.</param>
    public static IReadOnlyList<ChecklistItem> Place(
        IEnumerable<ChecklistItem> items, IReadOnlyDictionary<string, IReadOnlyList<TagSite>> reads, Func<TagSite, bool> printed, ScriptObject view) =>
        [.. items.Select(item => item.Location is { } path
            ? item with { Field = path, Location = Has(view, path) && (PrintedAt(path, reads, printed) ?? PrintedAsDerived(path, reads, printed)) is { } tag ? "first printed at " + ChecklistItems.Where(tag.Location, tag.Section, string.Empty) : null }
            : item)];

    private static TagSite? PrintedAsDerived(string path, IReadOnlyDictionary<string, IReadOnlyList<TagSite>> reads, Func<TagSite, bool> printed) =>
        DerivedViews.TryGetValue(path, out var derived) ? PrintedAt(derived, reads, printed) : null;

    /// <summary>Whether the view holds a value at a petition path (<c>visa</c>, <c>officials[0].name_as_of</c>).</summary>
    private static bool Has(ScriptObject view, string path)
    {
        object? current = view;
        foreach (var step in path.Split('.'))
        {
            var bracket = step.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? step : step[..bracket];
            current = current is ScriptObject obj && obj.TryGetValue(name, out var member) ? member : null;
            if (bracket >= 0)
            {
                var index = int.TryParse(step[(bracket + 1)..step.IndexOf(']', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture, out var i) ? i : -1;
                current = current is ScriptArray array && index >= 0 && index < array.Count ? array[index] : null;
            }

            if (current is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The tag that prints a field: the field itself; else, for a group such as <c>visa</c> or <c>timeline</c>,
    /// the first tag that prints something inside it; else the nearest enclosing value the template prints whole, short of
    /// the list an item belongs to.</summary>
    private static TagSite? PrintedAt(string path, IReadOnlyDictionary<string, IReadOnlyList<TagSite>> reads, Func<TagSite, bool> printed)
    {
        var shape = ItemIndex().Replace(path, "[]");
        if (FirstPrinted(reads, shape, printed) is { } exact)
        {
            return exact;
        }

        var inside = reads
            .Where(r => r.Key.StartsWith(shape + ".", StringComparison.Ordinal) || r.Key.StartsWith(shape + "[", StringComparison.Ordinal))
            .SelectMany(r => r.Value)
            .Where(printed)
            .OrderBy(t => string.Equals(t.Location.PartDescription, "body", StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(t => t.Location.PartUri, StringComparer.Ordinal)
            .ThenBy(t => t.Location.Paragraph)
            .ThenBy(t => t.Location.Column)
            .FirstOrDefault();
        if (inside is not null)
        {
            return inside;
        }

        for (var cut = LastStep(shape); cut > 0; cut = LastStep(shape[..cut]))
        {
            if (FirstPrinted(reads, shape[..cut], printed) is { } enclosing)
            {
                return enclosing;
            }

            // A list read as a whole is looped over or counted, not printed: that a template reads harms[0].exhibit_label
            // does not mean it prints harms[0].description, so the search stops at the list's items.
            if (shape[..cut].EndsWith("[]", StringComparison.Ordinal))
            {
                break;
            }
        }

        return null;
    }

    private static TagSite? FirstPrinted(IReadOnlyDictionary<string, IReadOnlyList<TagSite>> reads, string shape, Func<TagSite, bool> printed) =>
        reads.TryGetValue(shape, out var tags) ? tags.FirstOrDefault(printed) : null;

    private static int LastStep(string path) => Math.Max(path.LastIndexOf('.'), path.EndsWith("[]", StringComparison.Ordinal) ? path.Length - 2 : -1);

    [GeneratedRegex(@"\[\d+\]", RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex ItemIndex();
}
