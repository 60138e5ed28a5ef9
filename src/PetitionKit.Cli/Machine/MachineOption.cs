using System.CommandLine;

namespace PetitionKit.Cli.Machine;

/// <summary>The <c>--json</c> option: one JSON document on standard output instead of the lines written for people.</summary>
internal static class MachineOption
{
    public const string Name = "--json";

    public static Option<bool> Create() => new(Name)
    {
        Description = "Print one JSON document on stdout (see the tool's README for its shape) instead of the lines for people; errors still also go to stderr, and the exit code is the same.",
    };

    /// <summary>Whether the command line asks for JSON, read from the raw arguments so that even a command line that
    /// fails to parse is answered in JSON.</summary>
    public static bool Requested(IEnumerable<string> args) => args.Contains(Name, StringComparer.Ordinal);
}
