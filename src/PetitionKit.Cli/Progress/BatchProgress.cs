using System.Globalization;
using Spectre.Console;

namespace PetitionKit.Cli.Progress;

/// <summary>Shows a batch's progress: a live bar on a terminal, one plain line per record when output is redirected
/// (a log, a CI job, a test), since redrawing a bar there would only write escape codes.</summary>
internal static class BatchProgress
{
    /// <summary>Runs the work, giving it a callback to report each finished record; the callback is thread-safe.</summary>
    public static Task RunAsync(CliEnvironment environment, int total, Func<Action<BatchOutcome>, Task> work) =>
        environment.Interactive ? RunWithBarAsync(total, work) : RunWithLinesAsync(environment.Output, total, work);

    private static Task RunWithBarAsync(int total, Func<Action<BatchOutcome>, Task> work) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(string.Create(CultureInfo.InvariantCulture, $"Drafting {total} petitions"), maxValue: total);
                await work(_ => task.Increment(1)).ConfigureAwait(false);
            });

    private static async Task RunWithLinesAsync(TextWriter output, int total, Func<Action<BatchOutcome>, Task> work)
    {
#if NET9_0_OR_GREATER
        var gate = new Lock();
#else
        // .NET 8 has no System.Threading.Lock.
        var gate = new object();
#endif
        var done = 0;
        await work(outcome =>
        {
            lock (gate)
            {
                done++;
                var result = outcome.Succeeded ? $"drafted {outcome.DraftFile}" : "failed";
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{done}/{total}] {outcome.DataFile}: {result}"));
            }
        }).ConfigureAwait(false);
    }
}
