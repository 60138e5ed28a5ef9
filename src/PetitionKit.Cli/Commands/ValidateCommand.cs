using System.CommandLine;
using PetitionKit.Cli.Io;
using PetitionKit.Validation;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Cli.Commands;

/// <summary><c>petitionkit validate</c>: checks a petition file and prints every issue and the delay analysis, without drafting.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var petition = PetitionOptions.Petition();
        var asOf = CliOptions.AsOf();
        var command = new Command("validate", "Checks a petition: lists every error and warning with its path and code, then the delay analysis.")
        {
            petition, asOf,
        };
        command.SetAction((parsed, cancellationToken) => RunAsync(
            environment,
            parsed.GetRequiredValue(petition),
            CliOptions.ResolveAsOf(parsed, asOf, environment),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, string path, DateOnly asOf, CancellationToken cancellationToken)
    {
        var loaded = await PetitionInput.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } petition)
        {
            ErrorPrinter.Write(environment.Error, loaded.Errors);
            return ExitCodes.InputErrors;
        }

        var report = PetitionValidator.Validate(petition, asOf);
        ErrorPrinter.Write(environment.Error, report.Issues.Select(issue => issue.ToString()));
        var errors = report.Issues.Count(issue => issue.Severity == DiagnosticSeverity.Error);
        var warnings = report.Issues.Count - errors;
        var verdict = errors > 0 ? "cannot be drafted until the errors are fixed" : "can be drafted";
        environment.Output.WriteLine($"{path}: {DraftSummary.Count(errors, "error")}, {DraftSummary.Count(warnings, "warning")}; the petition {verdict}.");

        // The analysis states facts even for a petition with errors, so the attorney sees the clocks while fixing it;
        // it quotes free text as a draft would print it, masked, because a console is no less public than a page.
        DelayAnalysisPrinter.Write(environment.Output, petition.CaseType, PetitionDrafter.Analyze(petition, asOf));
        return errors > 0 ? ExitCodes.InputErrors : ExitCodes.Success;
    }
}
