namespace PetitionKit.Cli;

/// <summary>What the commands write to and read the time from, injected so tests run the real command tree in-process.</summary>
/// <param name="Output">Standard output: results and summaries.</param>
/// <param name="Error">Standard error: every error and warning, one compiler-style line each.</param>
/// <param name="Clock">The clock a render reads its date from when <c>--as-of</c> is not given.</param>
/// <param name="Interactive">Whether standard output is a live terminal, so a progress display may redraw it.</param>
internal sealed record CliEnvironment(TextWriter Output, TextWriter Error, TimeProvider Clock, bool Interactive)
{
    /// <summary>Gets the folders searched for LibreOffice for <c>--pdf</c>: the <c>PATH</c> variable unless a test says
    /// otherwise.</summary>
    public string SearchPath { get; init; } = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;

    /// <summary>Gets how long one LibreOffice run may take before it is stopped.</summary>
    public TimeSpan OfficeTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets where a command run with <c>--json</c> puts its result; null when the run is for a person.</summary>
    public Machine.MachineResult? Machine { get; init; }
}
