using System.Text.RegularExpressions;
using PetitionKit.Word.Drafting;
using PetitionKit.Word.Rendering;

namespace PetitionKit.Petitions;

/// <summary>Makes the checklist one line per thing to check, in order of consequence. A template may declare an item the
/// analysis also raises (a case type's risks, the officeholder to confirm), and the same redaction applies to several
/// petitioners: such items become one, keeping the template's place in the draft, the analysis's category and every
/// reference. Items at different places (two findings of one kind) stay apart.</summary>
internal static partial class ChecklistDeduplication
{
    public static List<ChecklistItem> Merge(IReadOnlyList<ChecklistItem> items)
    {
        var merged = new List<ChecklistItem>(items.Count);
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var raised in items)
        {
            // Every line keeps a citation whole, as the draft does (the template's own items already do).
            var item = raised with { Text = CitationFunction.Printed(raised.Text) };
            var key = Key(item.Text);
            var indexes = byKey.TryGetValue(key, out var found) ? found : byKey[key] = [];
            // One officeholder is one thing to confirm, wherever the items about it stand (the template's place in the
            // parties section, the validator's field for a stale name).
            var anyPlace = key.StartsWith(OfficeholderKey, StringComparison.Ordinal);
            var into = indexes.FindIndex(i => anyPlace || Place(merged[i]) is null || Place(item) is null
                || string.Equals(Place(merged[i]), Place(item), StringComparison.Ordinal));
            if (into < 0)
            {
                indexes.Add(merged.Count);
                merged.Add(item);
            }
            else
            {
                merged[indexes[into]] = Combine(merged[indexes[into]], item);
            }
        }

        // Stable: within a category, the order the items were raised in.
        return [.. PlaceCatalogItems(merged).OrderBy(i => ChecklistSection.Rank(i.Category))];
    }

    /// <summary>Folds each template item that declares the catalog item it places into that catalog item, once both are
    /// known (the catalog's copy may already have absorbed the template's word-for-word copy of it).</summary>
    private static List<ChecklistItem> PlaceCatalogItems(List<ChecklistItem> merged)
    {
        var result = new List<ChecklistItem>(merged);
        foreach (var template in merged.Where(m => m.Category == ChecklistCategory.TemplateItem && m.Reference is not null))
        {
            if (result.FindIndex(catalog => Placed(template, catalog)) is var at and >= 0)
            {
                result[at] = Placement(template, result[at]);
                result.Remove(template);
            }
        }

        return result;
    }

    /// <summary>Whether a template's item declares (<c>review_item "…" "id"</c>) that it places the catalog item another
    /// item is: the template's own words for a case type's catalog item, written where it applies in the draft.</summary>
    private static bool Placed(ChecklistItem template, ChecklistItem catalog) =>
        template.Category == ChecklistCategory.TemplateItem && template.Reference is { } declared
        && catalog.Category != ChecklistCategory.TemplateItem && catalog.Reference is { } references
        && references.Split(", ").Contains(declared, StringComparer.Ordinal);

    /// <summary>One item for a catalog item and the template item that places it: the catalog's words, category and
    /// references (they are checked against the domain files and carry the risk), at the template's place.</summary>
    private static ChecklistItem Placement(ChecklistItem template, ChecklistItem catalog) =>
        catalog with { Location = template.Location ?? catalog.Location };

    private static ChecklistItem Combine(ChecklistItem first, ChecklistItem second)
    {
        // The analysis's item says more than a template's copy of it (its risk and what it concerns): its words win.
        var lead = ChecklistSection.Rank(second.Category) < ChecklistSection.Rank(first.Category)
            || (first.Category == ChecklistCategory.TemplateItem && second.Category != ChecklistCategory.TemplateItem)
            ? second : first;
        string[] references = [.. new[] { first.Reference, second.Reference }
            .Where(r => !string.IsNullOrWhiteSpace(r))
            .SelectMany(r => r!.Split(", "))
            .Distinct(StringComparer.Ordinal)];
        // A risk is a point about the whole claim: the place a template happened to declare its copy (often after the
        // last section) would mislead, so a risk keeps only a place of its own.
        var isRisk = lead.Category is ChecklistCategory.Risk or ChecklistCategory.BeforeYouFile;
        return lead with
        {
            Location = isRisk ? lead.Location : first.Location ?? second.Location,
            Field = lead.Field ?? first.Field ?? second.Field,
            Reference = references.Length == 0 ? null : string.Join(", ", references),
        };
    }

    /// <summary>Where an item stands: its petition field when it has one, else its place in the draft.</summary>
    private static string? Place(ChecklistItem item) => ChecklistItems.Place(item);

    private const string OfficeholderKey = "officeholder\n";

    // What makes two texts the same item: a catalog item's risk note is left off, and an officeholder to confirm is
    // known by name and office, however the sentence around them is worded.
    private static string Key(string text)
    {
        if (Officeholder().Match(text) is { Success: true } holder)
        {
            return OfficeholderKey + holder.Groups["who"].Value + "\n" + holder.Groups["office"].Value;
        }

        return RiskNote().Replace(text.Trim(), string.Empty);
    }

    [GeneratedRegex(@"^Confirm that (?<who>.+?) still holds the office of (?<office>.+?) \(", RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex Officeholder();

    [GeneratedRegex(@" \(risk: [a-z ]+\)$", RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex RiskNote();
}
