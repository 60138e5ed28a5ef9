using PetitionKit.Cli.Io;
using PetitionKit.Cli.Reporting;
using PetitionKit.Model;
using PetitionKit.Templates;

namespace PetitionKit.Cli.Commands;

/// <summary>Writes a draft and its optional report and separate checklist so that either all appear or none do.</summary>
internal static class DraftOutputs
{
    /// <exception cref="DraftOutputException">A file could not be written; it names the file.</exception>
    public static async Task<RenderReport> WriteAsync(Petition petition, PetitionTemplate template, DraftRequest request, RenderOptions options, CancellationToken cancellationToken)
    {
        var staged = new List<StagedFile>();
        var writing = request.Output;
        try
        {
            var draft = Stage(staged, request.Output);
            var report = await PetitionDrafter.DraftAsync(petition, template, draft.Stream, options, cancellationToken).ConfigureAwait(false);
            if (request.Report is not null)
            {
                writing = request.Report;
                await ReportJson.WriteAsync(Stage(staged, request.Report).Stream, report, cancellationToken).ConfigureAwait(false);
            }

            if (request.Checklist is not null)
            {
                writing = request.Checklist;
                await PetitionDrafter.WriteChecklistAsync(report, Stage(staged, request.Checklist).Stream, cancellationToken).ConfigureAwait(false);
            }

            // Every file is complete before any moves: a report or checklist that cannot be written leaves no draft behind.
            foreach (var file in staged)
            {
                writing = file.Path;
                await file.CommitAsync().ConfigureAwait(false);
            }

            return report;
        }
        catch (Exception ex) when (FileErrors.IsFileProblem(ex))
        {
            throw new DraftOutputException(writing, ex);
        }
        finally
        {
            foreach (var file in staged)
            {
                await file.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static StagedFile Stage(List<StagedFile> staged, string path)
    {
        var file = StagedFile.Create(path);
        staged.Add(file);
        return file;
    }
}
