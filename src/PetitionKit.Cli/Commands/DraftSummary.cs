using System.Globalization;
using PetitionKit.Word;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Cli.Commands;

/// <summary>Tells the user, after a render, what the draft needs from a reviewer: its date and every gap.</summary>
internal static class DraftSummary
{
    public static void Write(TextWriter output, string draftPath, RenderReport report)
    {
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Wrote {draftPath}: an attorney-review draft as of {report.AsOf:yyyy-MM-dd}; {Count(Items(report, ChecklistCategory.MissingFact), "missing value")}, "
            + $"{Count(Items(report, ChecklistCategory.AlteredValue), "changed value")}, {Count(Items(report, ChecklistCategory.TemplateItem), "review item")}."));
        foreach (var missing in report.MissingValues)
        {
            output.WriteLine($"{missing.Location}: missing value '{missing.Name}' (drafted as a placeholder)");
        }

        foreach (var alteration in report.Alterations)
        {
            output.WriteLine($"{alteration.Location}: changed value '{alteration.Name}': {alteration.Description}");
        }
    }

    // Counted from the checklist, as the checklist line counts them: a value masked for privacy is a changed value too,
    // and a template's item merged with the catalog's is one item, so the two lines never disagree.
    private static int Items(RenderReport report, ChecklistCategory category) => report.Checklist.Count(i => i.Category == category);

    public static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
