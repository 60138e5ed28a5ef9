using System.Globalization;
using System.Text.Json;
using PetitionKit.Word;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Cli.Commands;

/// <summary>Tells the user, after a petition draft, how long the review checklist is and where it went.</summary>
internal static class ChecklistSummary
{
    public static void Write(TextWriter output, RenderReport report, string? separatePath)
    {
        var byCategory = Enum.GetValues<ChecklistCategory>()
            .Select(category => (Name: JsonNamingPolicy.SnakeCaseLower.ConvertName(category.ToString()), Count: report.Checklist.Count(i => i.Category == category)))
            .Where(group => group.Count > 0)
            .Select(group => string.Create(CultureInfo.InvariantCulture, $"{group.Name} {group.Count}"));
        var where = separatePath is null ? "in the draft's last section" : $"written to {separatePath}";
        var groups = string.Join(", ", byCategory);
        output.WriteLine($"Review checklist ({where}): {DraftSummary.Count(report.Checklist.Count, "item")}{(groups.Length == 0 ? string.Empty : ": " + groups)}.");
    }
}
