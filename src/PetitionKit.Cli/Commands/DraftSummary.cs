using System.Globalization;
using PetitionKit.Word;

namespace PetitionKit.Cli.Commands;

/// <summary>Tells the user, after a render, what the draft needs from a reviewer: its date and every gap.</summary>
internal static class DraftSummary
{
    public static void Write(TextWriter output, string draftPath, RenderReport report)
    {
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Wrote {draftPath}: an attorney-review draft as of {report.AsOf:yyyy-MM-dd}; {Count(report.MissingValues.Count, "missing value")}, "
            + $"{Count(report.Alterations.Count, "changed value")}, {Count(report.ReviewItems.Count, "review item")}."));
        foreach (var missing in report.MissingValues)
        {
            output.WriteLine($"{missing.Location}: missing value '{missing.Name}' (drafted as a placeholder)");
        }

        foreach (var alteration in report.Alterations)
        {
            output.WriteLine($"{alteration.Location}: changed value '{alteration.Name}': {alteration.Description}");
        }
    }

    public static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
