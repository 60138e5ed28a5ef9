using System.CommandLine;
using PetitionKit.Cli.Io;
using PetitionKit.Cli.Machine;
using PetitionKit.Cli.Reporting;
using PetitionKit.Model;
using PetitionKit.Templates;
using PetitionKit.Validation;
using PetitionKit.Word;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Cli.Commands;

/// <summary><c>petitionkit draft</c>: one petition file in, one attorney-review draft out, through a built-in or custom template.</summary>
internal static class DraftCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var petition = PetitionOptions.Petition();
        var template = new Option<string?>("--template", "-t")
        {
            Description = "A built-in template id (see 'petitionkit templates') or a .docx template file. Default: the built-in template for the petition's case type.",
            HelpName = "id|file",
        };
        var output = CliOptions.Out();
        var report = CliOptions.Report("missing values, changed values, checklist, warnings");
        var checklist = new Option<string?>("--checklist")
        {
            Description = "Write the attorney review checklist as its own document instead of the draft's last section.",
            HelpName = "file.docx",
        };
        var firm = new Option<string?>("--firm")
        {
            Description = "A JSON object of the organization's own data (letterhead, matter number…) that a template reads as firm.*.",
            HelpName = "file.json",
        };
        var asOf = CliOptions.AsOf();
        var json = MachineOption.Create();
        var command = new Command("draft", "Drafts a petition file into an attorney-review draft: validates it, analyses the delay and renders a template.")
        {
            petition, template, output, report, checklist, firm, asOf, json,
        };
        command.SetAction((parsed, cancellationToken) => MachineRun.RunAsync(parsed, json, environment, "draft", run =>
        {
            var request = new DraftRequest(parsed.GetRequiredValue(petition), parsed.GetValue(template), parsed.GetRequiredValue(output), parsed.GetValue(report), parsed.GetValue(checklist), parsed.GetValue(firm));

            // Checked before any input is read, so a mistyped option costs nothing and overwrites nothing.
            return request.Plan().Refused(run.Error)
                ? Task.FromResult(ExitCodes.Usage)
                : RunAsync(run, request, CliOptions.ResolveAsOf(parsed, asOf, run), cancellationToken);
        }));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, DraftRequest request, DateOnly asOf, CancellationToken cancellationToken)
    {
        // The built-in template's compile need not wait for the whole petition: started from the file's case type, it
        // runs beside the petition's read. The petition as read still decides the template; the compiled templates are
        // cached, so a start that turns out unneeded costs only time on the other core.
        var early = request.TemplateFile is null ? Task.Run(() => EarlyBuiltIn(request), cancellationToken) : null;
        var petition = await PetitionInput.ReadAsync(request.Petition, cancellationToken).ConfigureAwait(false);
        if (early is not null)
        {
            await early.ConfigureAwait(false);
        }

        var custom = request.TemplateFile is { } file ? await LoadTemplateFileAsync(file, cancellationToken).ConfigureAwait(false) : null;
        var firm = request.Firm is { } firmFile ? await FirmInput.ReadAsync(firmFile, cancellationToken).ConfigureAwait(false) : null;
        using var firmDocument = firm?.Value;
        if (petition.Value is null || custom is { Value: null } || firm is { Value: null })
        {
            ErrorPrinter.Write(environment.Error, [.. petition.Errors, .. custom?.Errors ?? [], .. firm?.Errors ?? []]);
            return Refused(environment, request);
        }

        if ((custom?.Value ?? BuiltIn(request.Template, petition.Value.CaseType)) is not { } template)
        {
            // No draft will be made, so the petition's own problems (such as no case type at all) come first.
            var validation = PetitionValidator.Validate(petition.Value, asOf);
            ErrorPrinter.Write(environment.Error, validation.Issues.Select(issue => issue.ToString()));
            if (!validation.HasErrors)
            {
                environment.Error.WriteLine(ErrorPrinter.FileError(request.Petition,
                    "no built-in template drafts this case type; give one with --template (see 'petitionkit templates')."));
            }

            return Refused(environment, request);
        }

        // The library validates the petition once: its errors refuse the draft, its warnings come in the report.

        var options = Options(request, asOf);
        var result = await DraftOutputs.WriteAndSummarizeAsync(
            environment,
            request.Output,
            request.Report,
            request.Checklist,
            stream => PetitionDrafter.DraftAsync(petition.Value, template, stream, options, firm: firmDocument?.RootElement, cancellationToken: cancellationToken),
            cancellationToken).ConfigureAwait(false);
        if (result is null)
        {
            return Refused(environment, request);
        }

        ChecklistSummary.Write(environment.Output, result, request.Checklist);
        environment.Machine?.Add("draft", request.Output);
        environment.Machine?.Add("report", request.Report);
        environment.Machine?.Add("checklist", request.Checklist);
        environment.Machine?.Add("render_report", json => ReportJson.Write(json, result));
        return ExitCodes.Success;
    }

    /// <summary>Says on standard output, after the errors on standard error, that nothing was written, as 'check' ends
    /// with its count: a reader of the console never has to infer it from the exit code.</summary>
    private static int Refused(CliEnvironment environment, DraftRequest request)
    {
        environment.Output.WriteLine($"{request.Output}: no draft was written; the errors above say why.");
        return ExitCodes.InputErrors;
    }

    private static async Task<Loaded<PetitionTemplate>> LoadTemplateFileAsync(string path, CancellationToken cancellationToken)
    {
        // A bare word that names no file was most likely meant as a built-in id: say which ids exist.
        if (!File.Exists(path) && !Directory.Exists(path) && Path.GetExtension(path).Length == 0 && string.Equals(Path.GetFileName(path), path, StringComparison.Ordinal))
        {
            return Loaded<PetitionTemplate>.Failure(ErrorPrinter.FileError(path,
                $"neither a built-in template id ({string.Join(", ", BuiltInTemplates.All)}) nor an existing file."));
        }

        return await TemplateInput.LoadAsync(path, cancellationToken).ConfigureAwait(false);
    }

    private static RenderOptions Options(DraftRequest request, DateOnly asOf) => new()
    {
        AsOf = asOf,
        ChecklistPlacement = request.Checklist is null ? ChecklistPlacement.Appendix : ChecklistPlacement.SeparateDocument,
    };

    private static PetitionTemplate? EarlyBuiltIn(DraftRequest request)
    {
        try
        {
            return PetitionInput.PeekCaseType(request.Petition) is { } caseType ? BuiltIn(request.Template, caseType) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or TemplateException or ArgumentException)
        {
            // The petition's own read reports what is wrong with the file, and the template's load is repeated there.
            return null;
        }
    }

    private static PetitionTemplate? BuiltIn(string? id, CaseType caseType) =>
        (id ?? BuiltInTemplates.ForCaseType(caseType)) is { } chosen ? BuiltInTemplates.Get(chosen) : null;
}
