using PetitionKit.Cli.Io;
using PetitionKit.Cli.Reporting;
using PetitionKit.Word;

namespace PetitionKit.Cli.Commands;

/// <summary>Writes a draft and its optional report and separate checklist through one <see cref="StagedOutputs"/>, so
/// that either all appear or none do, and turns every way the render or a file can fail into error lines.</summary>
internal static class DraftOutputs
{
    /// <summary>Writes the files of a one-draft command and tells the user what came of it: every error, or the
    /// render's warnings and the draft's summary.</summary>
    /// <returns>The render's report, or null when nothing was written.</returns>
    public static async Task<RenderReport?> WriteAndSummarizeAsync(
        CliEnvironment environment, string output, string? report, string? checklist, Func<Stream, Task<RenderReport>> render, CancellationToken cancellationToken)
    {
        var written = await WriteAsync(output, report, checklist, render, cancellationToken).ConfigureAwait(false);
        if (written.Value is not { } result)
        {
            ErrorPrinter.Write(environment.Error, written.Errors);
            return null;
        }

        ErrorPrinter.Write(environment.Error, ErrorPrinter.Diagnostics(result.Warnings));
        DraftSummary.Write(environment.Output, output, result);
        return result;
    }

    /// <param name="output">The draft's path.</param>
    /// <param name="report">The report's path, or null.</param>
    /// <param name="checklist">The separate checklist's path, or null.</param>
    /// <param name="render">Renders the draft into the stream and returns its report.</param>
    /// <param name="cancellationToken">Stops the render.</param>
    public static async Task<Loaded<RenderReport>> WriteAsync(
        string output, string? report, string? checklist, Func<Stream, Task<RenderReport>> render, CancellationToken cancellationToken)
    {
        try
        {
            var outputs = new StagedOutputs();
            await using (outputs.ConfigureAwait(false))
            {
                var result = await outputs.WriteAsync(output, render, cancellationToken).ConfigureAwait(false);
                if (report is not null)
                {
                    await outputs.WriteAsync(report, stream => ReportJson.WriteAsync(stream, result, cancellationToken), cancellationToken).ConfigureAwait(false);
                }

                if (checklist is not null)
                {
                    await outputs.WriteAsync(checklist, stream => PetitionDrafter.WriteChecklistAsync(result, stream, cancellationToken), cancellationToken).ConfigureAwait(false);
                }

                await outputs.CommitAsync().ConfigureAwait(false);
                return Loaded<RenderReport>.Success(result);
            }
        }
        catch (PetitionValidationException ex)
        {
            return Loaded<RenderReport>.Failure(ex.Report.Issues.Select(issue => issue.ToString()));
        }
        catch (TemplateException ex)
        {
            return Loaded<RenderReport>.Failure(ErrorPrinter.Diagnostics(ex.Diagnostics));
        }
        catch (OutputFileException ex)
        {
            return Loaded<RenderReport>.Failure(ex.ErrorLine);
        }
    }
}
