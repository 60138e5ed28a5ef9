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
    public static Task<ChildRun> RunCliAsync(IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        RunAsync(environment, ["dotnet", Cli, .. args], args);

    /// <summary>Runs <c>petitionkit</c> with a tmpfs of <paramref name="kilobytes"/> mounted at <paramref name="mountPoint"/>
    /// (an empty folder) in a mount namespace of its own, so writing there meets a real full disk (ENOSPC) while the
    /// rest of the machine is untouched; after the run, stdout ends with <c>left on the disk:</c> and what is left
    /// there, one name a line, hidden files included. Skips the test where namespaces cannot be made.</summary>
    public static async Task<ChildRun> RunCliOnSmallDiskAsync(string mountPoint, int kilobytes, params string[] args)
    {
        const string Script = """
            mount -t tmpfs -o size="$1"k petitionkit-small "$2" || exit 97
            disk="$2"; shift 2
            "$@"; status=$?
            echo "left on the disk:"; ls -A1 "$disk"
            exit $status
            """;
        string[] command =
        [
            "unshare", "--map-root-user", "--mount", "sh", "-c", Script, "sh",
            kilobytes.ToString(CultureInfo.InvariantCulture), mountPoint, "dotnet", Cli, .. args,
        ];
        var run = await RunAsync(null, command, args);
        if (run.ExitCode == 97 || run.Error.Contains("unshare:", StringComparison.Ordinal))
        {
            Assert.Skip($"a small tmpfs cannot be mounted here: {run.Error}");
        }

        return run;
    }

    /// <summary>Starts <c>petitionkit</c> without waiting, its output read and dropped, so a test can kill it midway.</summary>
    public static Process StartCli(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Cli);
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    public static Task<ChildRun> RunCliAsync(params string[] args) => RunAsync(null, ["dotnet", Cli, .. args], args);

    private static string Cli => Path.Combine(AppContext.BaseDirectory, "PetitionKit.Cli.dll");

    private static async Task<ChildRun> RunAsync(IReadOnlyDictionary<string, string>? environment, IReadOnlyList<string> command, string[] args)
    {
        var start = new ProcessStartInfo("/usr/bin/time")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-v");
        foreach (var argument in command)
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
