using System.Globalization;
using PetitionKit.Cli.Progress;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Cli.Commands;

/// <summary>Ends a batch with what was drafted and every failure with its file and errors, in data-file order.</summary>
internal static class BatchSummary
{
    /// <param name="environment">Where the summary is written.</param>
    /// <param name="outDirectory">The folder the drafts went to.</param>
    /// <param name="outcomes">Each file's outcome, in data-file order.</param>
    /// <param name="templateWarnings">The template's own warnings, already shown once.</param>
    /// <param name="inputs">What the files are, in the plural: "petitions" with --petitions, "data files" otherwise.</param>
    public static void Write(CliEnvironment environment, string outDirectory, IReadOnlyList<BatchOutcome> outcomes, IReadOnlyList<Diagnostic> templateWarnings, string inputs)
    {
        var drafted = outcomes.Where(o => o.Succeeded).ToList();
        var failed = outcomes.Where(o => !o.Succeeded).ToList();
        foreach (var outcome in drafted)
        {
            var report = outcome.Report!;
            if (report.MissingValues.Count > 0)
            {
                environment.Output.WriteLine($"{outcome.DraftFile}: {DraftSummary.Count(report.MissingValues.Count, "missing value")}, drafted as placeholders.");
            }

            // The template's own warnings were shown once before the run; only this render's are new.
            var warnings = report.Warnings.Where(w => !templateWarnings.Contains(w));
            ErrorPrinter.Write(environment.Error, warnings.Select(w => $"{outcome.DataFile}: {w}"));
        }

        var asOf = drafted.FirstOrDefault()?.Report?.AsOf;
        var date = asOf is { } d ? string.Create(CultureInfo.InvariantCulture, $" as of {d:yyyy-MM-dd}") : string.Empty;
        environment.Output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Drafted {drafted.Count} of {outcomes.Count} {inputs} into {outDirectory}{date}; {failed.Count} failed."));
        if (failed.Count == 0)
        {
            return;
        }

        environment.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{failed.Count} of {outcomes.Count} {inputs} failed; no draft was written for them:"));
        foreach (var outcome in failed)
        {
            environment.Error.WriteLine($"{outcome.DataFile}:");
            ErrorPrinter.Write(environment.Error, outcome.Errors.Select(e => "  " + e));
        }
    }
}
