using System.CommandLine;
using System.Globalization;
using PetitionKit.Cli.Io;
using PetitionKit.Cli.Reporting;

namespace PetitionKit.Cli.Commands;

/// <summary><c>petitionkit render</c>: one template and one JSON data file in, one attorney-review draft out.</summary>
internal static class RenderCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var template = CliOptions.Template();
        var data = new Option<string>("--data", "-d")
        {
            Description = "The data: a JSON object whose keys reach the template exactly as written.",
            HelpName = "file.json",
            Required = true,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Where to write the draft (.docx). Written only when the render succeeds; an existing file is replaced.",
            HelpName = "file.docx",
            Required = true,
        };
        var report = new Option<string?>("--report")
        {
            Description = "Also write the render report (missing values, changed values, review items, warnings) as JSON.",
            HelpName = "file.json",
        };
        var strict = CliOptions.Strict();
        var asOf = CliOptions.AsOf();
        var command = new Command("render", "Renders one attorney-review draft from a template and a JSON data file.")
        {
            template, data, output, report, strict, asOf,
        };
        command.SetAction((parsed, cancellationToken) => RunAsync(
            environment,
            new Request(parsed.GetRequiredValue(template), parsed.GetRequiredValue(data), parsed.GetRequiredValue(output), parsed.GetValue(report)),
            CliOptions.ForRender(parsed, asOf, strict, environment),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, Request request, RenderOptions options, CancellationToken cancellationToken)
    {
        if (Collision(request) is { } collision)
        {
            environment.Error.WriteLine(ErrorPrinter.UsageError(collision));
            return ExitCodes.Usage;
        }

        var template = await TemplateInput.LoadAsync(request.Template, cancellationToken).ConfigureAwait(false);
        var data = await DataInput.ReadAsync(request.Data, cancellationToken).ConfigureAwait(false);
        using var document = data.Value;
        if (template.Value is null || document is null)
        {
            ErrorPrinter.Write(environment.Error, [.. template.Errors, .. data.Errors]);
            return ExitCodes.InputErrors;
        }

        RenderReport result;
        var writing = request.Output;
        try
        {
            var draft = StagedFile.Create(request.Output);
            await using (draft.ConfigureAwait(false))
            {
                result = await PetitionDrafter.RenderAsync(template.Value, document.RootElement, draft.Stream, options, cancellationToken).ConfigureAwait(false);
                if (request.Report is null)
                {
                    await draft.CommitAsync().ConfigureAwait(false);
                }
                else
                {
                    writing = request.Report;
                    var reportFile = StagedFile.Create(request.Report);
                    await using (reportFile.ConfigureAwait(false))
                    {
                        // Both files are complete before either moves: a report that cannot be written leaves no draft behind.
                        await ReportJson.WriteAsync(reportFile.Stream, result, cancellationToken).ConfigureAwait(false);
                        writing = request.Output;
                        await draft.CommitAsync().ConfigureAwait(false);
                        writing = request.Report;
                        await reportFile.CommitAsync().ConfigureAwait(false);
                    }
                }
            }
        }
        catch (TemplateException ex)
        {
            ErrorPrinter.Write(environment.Error, ErrorPrinter.Diagnostics(ex.Diagnostics));
            return ExitCodes.InputErrors;
        }
        catch (Exception ex) when (FileErrors.IsFileProblem(ex))
        {
            environment.Error.WriteLine(ErrorPrinter.FileError(writing, FileErrors.DescribeWrite(ex)));
            return ExitCodes.InputErrors;
        }

        ErrorPrinter.Write(environment.Error, ErrorPrinter.Diagnostics(result.Warnings));
        DraftSummary.Write(environment.Output, request.Output, result);
        return ExitCodes.Success;
    }

    private static string? Collision(Request request)
    {
        if (CliOptions.SamePath(request.Output, request.Template) || CliOptions.SamePath(request.Output, request.Data))
        {
            return string.Create(CultureInfo.InvariantCulture, $"--out '{request.Output}' would overwrite an input; choose another file.");
        }

        if (request.Report is not null
            && (CliOptions.SamePath(request.Report, request.Output) || CliOptions.SamePath(request.Report, request.Template) || CliOptions.SamePath(request.Report, request.Data)))
        {
            return $"--report '{request.Report}' would overwrite the draft or an input; choose another file.";
        }

        return null;
    }

    private sealed record Request(string Template, string Data, string Output, string? Report);
}
