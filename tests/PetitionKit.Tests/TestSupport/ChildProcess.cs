using System.Diagnostics;
using System.Globalization;

namespace PetitionKit.Tests.TestSupport;

/// <summary>Runs the command-line tool as a process of its own under <c>/usr/bin/time -v</c>, so an attack that would
/// kill or exhaust a process kills only that one, and its peak memory and time are measured from outside.</summary>
public static class ChildProcess
{
    /// <summary>The longest any hostile run may take before the test kills it and fails.</summary>
    private static readonly TimeSpan HardStop = TimeSpan.FromMinutes(2);

    /// <summary>Runs <c>petitionkit</c> with the arguments and returns what it printed, its exit code and its cost.</summary>
    public static async Task<ChildRun> RunCliAsync(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "PetitionKit.Cli.dll");
        var start = new ProcessStartInfo("/usr/bin/time")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-v", "dotnet", cli }.Concat(args))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>(StringComparer.Ordinal))
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var stop = new CancellationTokenSource(HardStop);
        try
        {
            await process.WaitForExitAsync(stop.Token);
        }
        catch (OperationCanceledException ex)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"petitionkit {string.Join(' ', args)} ran past {HardStop}.", ex);
        }

        var stderr = await error;
        return new ChildRun(process.ExitCode, await output, StripTimeReport(stderr), PeakKilobytes(stderr), Elapsed(stderr));
    }

    public static Task<ChildRun> RunCliAsync(params string[] args) => RunCliAsync(null, args);

    private static string StripTimeReport(string stderr)
    {
        var at = stderr.IndexOf("\tCommand being timed:", StringComparison.Ordinal);
        return at < 0 ? stderr : stderr[..at];
    }

    private static long PeakKilobytes(string stderr) =>
        long.Parse(TimeField(stderr, "Maximum resident set size (kbytes): "), CultureInfo.InvariantCulture);

    private static TimeSpan Elapsed(string stderr)
    {
        // "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:01.23"
        var parts = TimeField(stderr, "Elapsed (wall clock) time (h:mm:ss or m:ss): ").Split(':');
        var seconds = double.Parse(parts[^1], CultureInfo.InvariantCulture);
        var minutes = parts.Length > 1 ? int.Parse(parts[^2], CultureInfo.InvariantCulture) : 0;
        var hours = parts.Length > 2 ? int.Parse(parts[^3], CultureInfo.InvariantCulture) : 0;
        return TimeSpan.FromSeconds((hours * 3600) + (minutes * 60) + seconds);
    }

    private static string TimeField(string stderr, string label)
    {
        var line = stderr.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(label, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"/usr/bin/time printed no '{label}':\n{stderr}");
        return line[label.Length..];
    }
}
