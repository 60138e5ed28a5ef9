using System.Text.Json;
using PetitionKit.Word.Drafting;

namespace PetitionKit.IntakeApi;

/// <summary>One line of the review checklist.</summary>
/// <param name="Category">Its group, snake_case (<c>before_you_file</c>, <c>missing_fact</c>, <c>citation</c>…).</param>
/// <param name="Text">What to check.</param>
/// <param name="Where">Where in the draft, when the item has a place.</param>
/// <param name="Field">The petition field it concerns, when it concerns one.</param>
/// <param name="Concerns">The code, authority or catalog item it concerns, when it names one.</param>
public sealed record DraftChecklistItem(string Category, string Text, string? Where, string? Field, string? Concerns)
{
    /// <summary>Reads one checklist item.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The item as the answer gives it.</returns>
    public static DraftChecklistItem From(ChecklistItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new DraftChecklistItem(JsonNamingPolicy.SnakeCaseLower.ConvertName(item.Category.ToString()), item.Text, item.Location, item.Field, item.Reference);
    }
}
