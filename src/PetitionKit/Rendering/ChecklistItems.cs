using System.Globalization;
using PetitionKit.Drafting;

namespace PetitionKit.Rendering;

/// <summary>Gathers one render's review checklist: every gap with where it sits, every value the renderer changed,
/// the template's own review items, and the items the caller's analysis raised.</summary>
internal static partial class ChecklistItems
{
    public static List<ChecklistItem> Gather(RenderSession session, RenderTarget target, IEnumerable<ChecklistItem> scanned)
    {
        var items = new List<ChecklistItem>();
        foreach (var missing in session.Missing)
        {
            items.Add(new ChecklistItem(ChecklistCategory.MissingFact,
                $"Supply ‘{missing.Name}’, or revise the sentence that needs it.", Where(missing.Location, missing.Section, missing.Excerpt), missing.Name));
        }

        foreach (var altered in session.Alterations)
        {
            items.Add(new ChecklistItem(ChecklistCategory.AlteredValue, $"‘{altered.Name}’: {altered.Description}",
                Where(altered.Location, string.Empty, string.Empty), altered.Name));
        }

        items.AddRange(session.ReviewItems.Distinct(StringComparer.Ordinal).Select(text =>
            new ChecklistItem(ChecklistCategory.TemplateItem, text, session.ReviewItemPlaces.GetValueOrDefault(text))));
        items.AddRange(target.RaisedItems);
        items.AddRange(target.LateItems?.Invoke() ?? []);
        items.AddRange(scanned);

        // One line per thing to check: an authority both relied on and cited is listed once, but each place a finding
        // stands (two full SSNs are two items with one message) keeps its own line.
        var distinct = items.DistinctBy(i => (i.Category, i.Reference ?? i.Text, ChecklistDeduplication.Place(i))).ToList();
        return ChecklistDeduplication.Merge(distinct);
    }

    public static string Where(Templates.TemplateLocation location, string section, string excerpt)
    {
        var where = location.Paragraph > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{location.PartDescription}, ¶{location.Paragraph}")
            : location.PartDescription;
        // A heading may hold a tag of its own (Count II's "in the Alternative"); the checklist names it without the code.
        section = section.Length == 0 ? section : HeadingTag().Replace(section, string.Empty).Trim();
        if (section.Length > 0)
        {
            where += $" under “{section}”";
        }

        return excerpt.Length > 0 ? $"{where} — “{excerpt}”" : where;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{\{.*?\}\}", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Singleline, 10_000)]
    private static partial System.Text.RegularExpressions.Regex HeadingTag();
}
