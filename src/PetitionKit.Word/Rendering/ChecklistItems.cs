using System.Globalization;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Word.Rendering;

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
            new ChecklistItem(ChecklistCategory.TemplateItem, text, session.ReviewItemPlaces.GetValueOrDefault(text), session.ReviewItemConcerns.GetValueOrDefault(text))));
        items.AddRange(target.RaisedItems);
        items.AddRange(target.LateItems?.Invoke(session.PrintedTags.Contains) ?? []);
        items.AddRange(scanned);

        // One line per thing to check: an authority both relied on and cited is listed once, but each place a finding
        // stands (two full SSNs are two items with one message) keeps its own line.
        var distinct = items.DistinctBy(i => (i.Category, i.Reference ?? i.Text, Place(i))).ToList();
        return target.Arrange?.Invoke(distinct) ?? [.. target.Marks.Arrange(distinct)];
    }

    /// <summary>Where an item stands: its data field when it has one (two fields printed by one tag are two places),
    /// else its place in the draft.</summary>
    public static string? Place(ChecklistItem item) => item.Field ?? item.Location;

    /// <summary>Where an item stands, in words the attorney can find in the draft: the section heading when there is one,
    /// since the template's paragraph count is not the pleading's paragraph numbering (loops add paragraphs, numbered
    /// paragraphs skip headings). Where no heading precedes the place (a pleading's caption and title), it says so; the
    /// template's paragraph count is added only under a heading made of tags, where the words alone may not tell two
    /// headings apart.</summary>
    public static string Where(Templates.TemplateLocation location, string section, string excerpt)
    {
        // A heading may hold a tag of its own (Count II's "in the Alternative", "COUNT {{ n }}"); the checklist names it by
        // its words and, since those may not tell two counts apart, adds the template's paragraph as a hint.
        var computed = section.Contains("{{", StringComparison.Ordinal);
        section = HeadingWords(section);
        var where = section.Length > 0
            ? computed
                ? string.Create(CultureInfo.InvariantCulture, $"{location.PartDescription}, under “{section}” (template ¶{location.Paragraph})")
                : $"{location.PartDescription}, under “{section}”"
            : location.Paragraph > 0
                ? $"{location.PartDescription}, before the first section heading"
                : location.PartDescription;
        return excerpt.Length > 0 ? $"{where} — “{excerpt}”" : where;
    }

    /// <summary>A heading's own words, without its tags; empty when the heading is nothing but tags.</summary>
    public static string HeadingWords(string heading) =>
        heading.Contains("{{", StringComparison.Ordinal) ? HeadingTag().Replace(heading, string.Empty).Trim() : heading.Trim();

    [System.Text.RegularExpressions.GeneratedRegex(@"\{\{.*?\}\}", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Singleline, 10_000)]
    private static partial System.Text.RegularExpressions.Regex HeadingTag();
}
