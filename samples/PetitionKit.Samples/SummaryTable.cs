using System.Globalization;
using PetitionKit.Word.Drafting;
using Spectre.Console;

namespace PetitionKit.Samples;

/// <summary>The table printed after a run: each draft, its template and what its review checklist holds.</summary>
internal static class SummaryTable
{
    public static void Write(IAnsiConsole console, IReadOnlyList<DraftOutcome> outcomes, DateOnly asOf)
    {
        var table = new Table().Title(string.Create(CultureInfo.InvariantCulture, $"Sample drafts as of {asOf:yyyy-MM-dd} (attorney-review drafts, never filings)"))
            .AddColumn("Draft").AddColumn("Template").AddColumn("From").AddColumn("Checklist");
        foreach (var outcome in outcomes)
        {
            var checklist = outcome switch
            {
                { Failure: not null } => "[red]failed[/]",
                { Report: { } report } => Markup.Escape(Describe(report.Checklist)),
                _ => string.Empty,
            };
            table.AddRow(Markup.Escape(outcome.Job.FileName), Markup.Escape(outcome.Job.Template), Markup.Escape(outcome.Job.Source), checklist);
        }

        console.Write(table);
        var failures = outcomes.Where(o => !o.Succeeded).ToList();
        if (failures.Count == 0)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{outcomes.Count} drafts written."));
            return;
        }

        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{failures.Count} of {outcomes.Count} samples failed:"));
        foreach (var failure in failures)
        {
            console.WriteLine($"- {failure.Job.FileName} (from {failure.Job.Source}): {failure.Failure}");
        }
    }

    /// <summary>Counts the checklist's items by category, such as "2 missing facts, 9 citations".</summary>
    public static string Describe(IReadOnlyList<ChecklistItem> checklist) =>
        checklist.Count == 0
            ? "empty"
            : string.Join(", ", checklist.GroupBy(i => i.Category).OrderBy(g => g.Key)
                .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {Name(g.Key, g.Count())}")));

    private static string Name(ChecklistCategory category, int count)
    {
        var name = category switch
        {
            ChecklistCategory.MissingFact => "missing fact",
            ChecklistCategory.AlteredValue => "altered value",
            ChecklistCategory.TemplateItem => "template item",
            ChecklistCategory.Citation => "citation",
            ChecklistCategory.Risk => "risk",
            ChecklistCategory.Deadline => "deadline",
            ChecklistCategory.Privacy => "privacy item",
            _ => category.ToString(),
        };
        return count == 1 ? name : name + "s";
    }
}
