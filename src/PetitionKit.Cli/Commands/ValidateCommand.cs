using System.CommandLine;
using PetitionKit.Cli.Io;
using PetitionKit.Cli.Machine;
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
        var json = MachineOption.Create();
        var command = new Command("validate", "Checks a petition: lists every error and warning with its path and code, then the delay analysis.")
        {
            petition, asOf, json,
        };
        command.SetAction((parsed, cancellationToken) => MachineRun.RunAsync(parsed, json, environment, "validate", run => RunAsync(
            run,
            parsed.GetRequiredValue(petition),
            CliOptions.ResolveAsOf(parsed, asOf, run),
            cancellationToken)));
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
        var analysis = PetitionDrafter.Analyze(petition, asOf);
        DelayAnalysisPrinter.Write(environment.Output, petition.CaseType, analysis);
        environment.Machine?.Add("petition", path);
        environment.Machine?.Add("as_of", MachineAnalysis.Date(asOf));
        environment.Machine?.Add("can_draft", errors == 0);
        environment.Machine?.Add("analysis", json => MachineAnalysis.Write(json, petition.CaseType, analysis));
        return errors > 0 ? ExitCodes.InputErrors : ExitCodes.Success;
    }
}
