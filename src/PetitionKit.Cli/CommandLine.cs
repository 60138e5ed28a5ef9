using System.CommandLine;
using System.CommandLine.Help;
using PetitionKit.Cli.Commands;

namespace PetitionKit.Cli;

/// <summary>The petitionkit command tree; each command is thin over the library.</summary>
internal static class CommandLine
{
    private const string Description = """
        PetitionKit: drafts federal-court petitions from Word templates. Every document it writes is an attorney-review draft, never a filing.

        Exit codes: 0 done; 1 errors in the template, the data, the petition or a file (each printed on stderr); 2 usage; 3 internal error (please report it); 4 documents written but no PDF preview (--pdf without LibreOffice); 130 cancelled.
        """;

    /// <summary>Runs the command line with the given writers and clock; the entry point for the program and for tests.</summary>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        // A plain command named for the tool rather than a RootCommand, which names itself after the executable
        // ("PetitionKit.Cli" under the dotnet tool shim, "testhost" in tests).
        var root = new Command("petitionkit", Description)
        {
            new HelpOption(),
            new VersionOption(),
            RenderCommand.Create(environment),
            CheckCommand.Create(environment),
            BatchCommand.Create(environment),
            ValidateCommand.Create(environment),
            DraftCommand.Create(environment),
            PacketCommand.Create(environment),
            TemplatesCommand.Create(environment),
        };
        var parsed = root.Parse(args);

        // Usage errors get their own exit code (System.CommandLine would return 1, which means bad input here).
        if (parsed.Errors.Count > 0 && parsed.Action is not HelpAction)
        {
            var usage = parsed.Errors.Select(e => ErrorPrinter.UsageError(e.Message)).ToList();
            ErrorPrinter.Write(environment.Error, usage);
            var command = parsed.CommandResult.Command == root ? "petitionkit" : $"petitionkit {parsed.CommandResult.Command.Name}";
            if (Machine.MachineOption.Requested(args))
            {
                Machine.MachineRun.Write(environment.Output, parsed.CommandResult.Command == root ? string.Empty : parsed.CommandResult.Command.Name, ExitCodes.Usage, usage, result: null);
            }

            environment.Error.WriteLine($"Run '{command} --help' for usage.");
            return ExitCodes.Usage;
        }

        var invocation = new InvocationConfiguration
        {
            Output = environment.Output,
            Error = environment.Error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return await parsed.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await environment.Error.WriteLineAsync(ErrorPrinter.UsageError("cancelled; no partial draft was left behind.")).ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
#pragma warning disable CA1031 // The last line of defence: any other exception is a bug, reported in one place with its trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await environment.Error.WriteLineAsync($"petitionkit: internal error (please report it): {ex}").ConfigureAwait(false);
            return ExitCodes.InternalError;
        }
    }
}
