using System.Globalization;
using PetitionKit.Word;
using Spectre.Console;

namespace PetitionKit.Samples;

/// <summary>Writes every sample draft into one folder, shows progress, then a summary table; any failure makes the exit
/// code non-zero and is listed with its reason.</summary>
public static class SampleGenerator
{
    /// <summary>Drafts every sample into <paramref name="output"/> and returns the process exit code.</summary>
    /// <param name="output">The folder the drafts are written to; created when missing.</param>
    /// <param name="asOf">The date every draft speaks as of.</param>
    /// <param name="console">Where progress and the summary go.</param>
    /// <param name="interactive">Whether to show a live progress bar rather than one line per draft.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static async Task<int> RunAsync(DirectoryInfo output, DateOnly asOf, IAnsiConsole console, bool interactive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(console);
        output.Create();
        var outcomes = await DraftAllAsync(SampleJobs.All(SampleFolder.Locate(), asOf), output.FullName, console, interactive, cancellationToken).ConfigureAwait(false);
        outcomes = CompareTwins(outcomes);
        var packet = await SamplePacket.RunAsync(output.FullName, asOf, console, cancellationToken).ConfigureAwait(false);
        SummaryTable.Write(console, outcomes, asOf);
        return outcomes.All(o => o.Succeeded) && packet ? 0 : 1;
    }

    /// <summary>Runs the jobs into the folder, one after another, reporting each.</summary>
    public static async Task<IReadOnlyList<DraftOutcome>> DraftAllAsync(IReadOnlyList<DraftJob> jobs, string folder, IAnsiConsole console, bool interactive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(console);
        var outcomes = new List<DraftOutcome>(jobs.Count);
        if (interactive)
        {
            await console.Progress().AutoClear(false).StartAsync(async context =>
            {
                var task = context.AddTask("Drafting samples", maxValue: jobs.Count);
                foreach (var job in jobs)
                {
                    task.Description = Markup.Escape(job.FileName);
                    outcomes.Add(await RunAsync(job, folder, cancellationToken).ConfigureAwait(false));
                    task.Increment(1);
                }

                task.Description = "Drafted samples";
            }).ConfigureAwait(false);
            return outcomes;
        }

        for (var i = 0; i < jobs.Count; i++)
        {
            var outcome = await RunAsync(jobs[i], folder, cancellationToken).ConfigureAwait(false);
            outcomes.Add(outcome);
            var verb = outcome.Succeeded ? "wrote" : "FAILED";
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{i + 1}/{jobs.Count}] {verb} {jobs[i].FileName} ({jobs[i].Template}, from {jobs[i].Source})"));
        }

        return outcomes;
    }

    private static async Task<DraftOutcome> RunAsync(DraftJob job, string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, job.FileName);
        try
        {
            // Drafted in memory first, so a failed draft leaves no half-written file behind.
            using var buffer = new MemoryStream();
            var report = await job.Draft(buffer, cancellationToken).ConfigureAwait(false);
            await File.WriteAllBytesAsync(path, buffer.ToArray(), cancellationToken).ConfigureAwait(false);
            return new DraftOutcome(job, path, report, null);
        }
        catch (Exception ex) when (ex is PetitionKitException or IOException or UnauthorizedAccessException or InvalidOperationException or System.Text.Json.JsonException)
        {
            File.Delete(path);
            return new DraftOutcome(job, path, null, ex.Message);
        }
    }

    // The C# and JSON versions of a petition are the same petition, so their drafts must be the same bytes.
    private static List<DraftOutcome> CompareTwins(IReadOnlyList<DraftOutcome> outcomes)
    {
        var byName = outcomes.ToDictionary(o => o.Job.FileName, StringComparer.Ordinal);
        return [.. outcomes.Select(outcome =>
        {
            if (!outcome.Succeeded || !outcome.Job.FileName.EndsWith(SampleJobs.CSharpSuffix, StringComparison.Ordinal))
            {
                return outcome;
            }

            var twinName = outcome.Job.FileName[..^SampleJobs.CSharpSuffix.Length] + ".docx";
            if (!byName.TryGetValue(twinName, out var twin))
            {
                return outcome with { Failure = $"samples/petitions/{twinName[..^5]}.json, its JSON twin, is missing." };
            }

            return !twin.Succeeded || File.ReadAllBytes(outcome.Path).AsSpan().SequenceEqual(File.ReadAllBytes(twin.Path))
                ? outcome
                : outcome with { Failure = $"The draft differs from {twinName}, drafted from the JSON twin: the C# and JSON petitions have drifted apart." };
        })];
    }
}
