namespace PetitionKit.Tests.TestSupport;

/// <summary>What one child run of the tool printed, returned and cost.</summary>
public sealed record ChildRun(int ExitCode, string Output, string Error, long PeakKilobytes, TimeSpan Elapsed)
{
    public long PeakMegabytes => PeakKilobytes / 1024;

    public override string ToString() => $"exit {ExitCode}, peak {PeakMegabytes} MB, {Elapsed.TotalSeconds:0.0} s\nstdout:\n{Output}\nstderr:\n{Error}";
}
