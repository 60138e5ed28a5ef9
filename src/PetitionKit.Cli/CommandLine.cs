using System.CommandLine;

namespace PetitionKit.Cli;

/// <summary>The petitionkit command tree; each command is thin over the library.</summary>
internal static class CommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("PetitionKit: drafts federal-court petitions from Word templates. Every document it writes is an attorney-review draft.");
        return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
    }
}
