using System.CommandLine;
using PetitionKit.Cli.Io;
using PetitionKit.Cli.Machine;
using PetitionKit.Packets;
using PetitionKit.Templates;
using PetitionKit.Validation;
using PetitionKit.Word;

namespace PetitionKit.Cli.Commands;

/// <summary><c>petitionkit packet</c>: one petition file in, its filing packet out (complaint, civil cover sheet worksheet,
/// summonses, service plan, proposed order, verifications, exhibit cover sheets and a manifest), all files or none.</summary>
internal static class PacketCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var petition = PetitionOptions.Petition();
        var outDir = new Option<string>("--out-dir", "-o")
        {
            Description = "The folder the packet is written to (created when missing). Files of the same names are replaced.",
            HelpName = "folder",
            Required = true,
        };
        var template = new Option<string?>("--template", "-t")
        {
            Description = "The complaint's template: a built-in template id (see 'petitionkit templates') or a .docx template file. Default: the built-in template for the petition's case type.",
            HelpName = "id|file",
        };
        var verifications = new Option<bool>("--verifications")
        {
            Description = "Also draft a 28 U.S.C. § 1746 verification for each adult plaintiff who is a person.",
        };
        var filedOn = CliOptions.Day("--filed-on", "The day the complaint is (or was) filed: the 90 days for service are counted from it.");
        var servedOn = CliOptions.Day("--served-on", "The day the U.S. Attorney was served (in FOIA, the day of service): the answer time is counted from it.");
        var pdf = new Option<bool>("--pdf")
        {
            Description = "Also write a PDF preview of each document with LibreOffice (soffice); when it is not installed the .docx files are still written and the exit code is 4.",
        };
        var asOf = CliOptions.AsOf();
        var json = MachineOption.Create();
        var command = new Command("packet", "Drafts a petition's filing packet: the complaint, a JS 44 worksheet, a summons per defendant, a Rule 4(i) service plan, a proposed order and exhibit cover sheets, each an attorney-review draft.")
        {
            petition, outDir, template, verifications, filedOn, servedOn, pdf, asOf, json,
        };
        command.SetAction((parsed, cancellationToken) => MachineRun.RunAsync(parsed, json, environment, "packet", run =>
        {
            var request = new PacketRequest(parsed.GetRequiredValue(petition), parsed.GetValue(template), parsed.GetRequiredValue(outDir), parsed.GetValue(verifications))
            {
                FiledOn = parsed.GetValue(filedOn),
                ServedOn = parsed.GetValue(servedOn),
                Pdf = parsed.GetValue(pdf),
            };

            // Checked before any input is read, so a mistyped option costs nothing and overwrites nothing.
            return request.Refused(run.Error)
                ? Task.FromResult(ExitCodes.Usage)
                : RunAsync(run, request, CliOptions.ResolveAsOf(parsed, asOf, run), cancellationToken);
        }));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, PacketRequest request, DateOnly asOf, CancellationToken cancellationToken)
    {
        var petition = await PetitionInput.ReadAsync(request.Petition, cancellationToken).ConfigureAwait(false);
        var custom = request.TemplateFile is { } file ? await TemplateInput.LoadAsync(file, cancellationToken).ConfigureAwait(false) : null;
        if (petition.Value is null || custom is { Value: null })
        {
            ErrorPrinter.Write(environment.Error, [.. petition.Errors, .. custom?.Errors ?? []]);
            return ExitCodes.InputErrors;
        }

        // Validated here, once, so warnings are shown too; the library validates again as of the same day and agrees.
        var validation = PetitionValidator.Validate(petition.Value, asOf);
        ErrorPrinter.Write(environment.Error, validation.Issues.Select(issue => issue.ToString()));
        if (validation.HasErrors)
        {
            return ExitCodes.InputErrors;
        }

        var complaint = custom?.Value ?? (request.Template is { } id ? BuiltInTemplates.Get(id) : null);
        if (complaint is null && BuiltInTemplates.ForCaseType(petition.Value.CaseType) is null)
        {
            environment.Error.WriteLine(ErrorPrinter.FileError(request.Petition,
                "no built-in template drafts this case type; give one with --template (see 'petitionkit templates')."));
            return ExitCodes.InputErrors;
        }

        var options = new PacketOptions { Render = new RenderOptions { AsOf = asOf }, ComplaintTemplate = complaint, Verifications = request.Verifications, FiledOn = request.FiledOn, ServedOn = request.ServedOn };
        var written = await PacketOutputs.WriteAsync(request.OutDir, petition.Value, options, cancellationToken).ConfigureAwait(false);
        if (written.Value is not { } report)
        {
            ErrorPrinter.Write(environment.Error, written.Errors);
            return ExitCodes.InputErrors;
        }

        // The complaint's report repeats the petition's validation warnings, already printed above: each once.
        var printed = validation.Issues.Select(issue => issue.ToString()).ToHashSet(StringComparer.Ordinal);
        foreach (var document in report.Documents)
        {
            ErrorPrinter.Write(environment.Error, ErrorPrinter.Diagnostics(document.Report.Warnings).Where(printed.Add));
            environment.Output.WriteLine($"Wrote {Path.Combine(request.OutDir, document.Document.FileName)}: {document.Document.Title}; {DraftSummary.Count(document.Report.MissingValues.Count, "missing value")}, {DraftSummary.Count(document.Report.Checklist.Count, "review item")}.");
        }

        environment.Output.WriteLine($"Wrote {Path.Combine(request.OutDir, PacketCalendar.FileName)}: {DraftSummary.Count(report.Deadlines.Count(d => d.Due is not null), "dated deadline")} (a deadline without the day it counts from has no date).");
        environment.Output.WriteLine($"Wrote {Path.Combine(request.OutDir, PacketManifest.FileName)}: the manifest of {DraftSummary.Count(report.Documents.Count, "document")} and their review checklists.");
        environment.Machine?.Add("out_dir", request.OutDir);
        environment.Machine?.Add("files", [
            .. report.Documents.Select(d => Path.Combine(request.OutDir, d.Document.FileName)),
            Path.Combine(request.OutDir, PacketCalendar.FileName),
            Path.Combine(request.OutDir, PacketManifest.FileName)]);
        environment.Machine?.Add("packet", json => PacketManifest.Write(json, report));
        return request.Pdf
            ? await WritePdfsAsync(environment, [.. report.Documents.Select(d => Path.Combine(request.OutDir, d.Document.FileName))], asOf, cancellationToken).ConfigureAwait(false)
            : ExitCodes.Success;
    }

    /// <summary><c>--pdf</c>: after the packet is in place, a preview of each document; never skipped in silence.</summary>
    private static async Task<int> WritePdfsAsync(CliEnvironment environment, IReadOnlyList<string> documents, DateOnly asOf, CancellationToken cancellationToken)
    {
        if (PdfPreview.Find(environment.SearchPath) is not { } soffice)
        {
            environment.Error.WriteLine(ErrorPrinter.UsageError(
                "--pdf needs LibreOffice, and no 'soffice' program is on the PATH. The .docx files are written; install LibreOffice (Writer) and run the command again for the PDF previews."));
            return ExitCodes.PdfUnavailable;
        }

        var (written, errors) = await PdfPreview.ConvertAsync(soffice, documents, asOf, environment.OfficeTimeout, cancellationToken).ConfigureAwait(false);
        ErrorPrinter.Write(environment.Error, errors);
        environment.Machine?.Add("pdfs", written);
        foreach (var pdf in written)
        {
            environment.Output.WriteLine($"Wrote {pdf}: a PDF preview of {Path.GetFileName(Path.ChangeExtension(pdf, ".docx"))}.");
        }

        return errors.Count == 0 ? ExitCodes.Success : ExitCodes.PdfUnavailable;
    }
}
