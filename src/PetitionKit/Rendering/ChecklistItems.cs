using System.Globalization;
using PetitionKit.Drafting;

namespace PetitionKit.Rendering;

/// <summary>Gathers one render's review checklist: every gap with where it sits, every value the renderer changed,
/// the template's own review items, and the items the caller's analysis raised.</summary>
internal static class ChecklistItems
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

        items.AddRange(session.ReviewItems.Distinct(StringComparer.Ordinal).Select(text => new ChecklistItem(ChecklistCategory.TemplateItem, text)));
        items.AddRange(target.RaisedItems);
        items.AddRange(target.LateItems?.Invoke() ?? []);
        items.AddRange(scanned);

        // One line per thing to check: an authority both relied on and cited is listed once, but each place a finding
        // stands (two full SSNs are two items with one message) keeps its own line.
        return items.DistinctBy(i => (i.Category, i.Reference ?? i.Text, i.Location)).ToList();
    }

    private static string Where(Templates.TemplateLocation location, string section, string excerpt)
    {
        var where = location.Paragraph > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{location.PartDescription}, ¶{location.Paragraph}")
            : location.PartDescription;
        if (section.Length > 0)
        {
            where += $" under “{section}”";
        }

        return excerpt.Length > 0 ? $"{where} — “{excerpt}”" : where;
    }
}
