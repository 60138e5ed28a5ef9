using System.CommandLine;
using PetitionKit.Cli.Io;
using PetitionKit.Cli.Progress;
using PetitionKit.Templates;
using PetitionKit.Validation;
using PetitionKit.Word;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Cli.Commands;

/// <summary><c>petitionkit batch --petitions</c>: every petition file in a folder validated and drafted, in parallel, as
/// <c>petitionkit draft</c> drafts one; a petition that fails is reported under its file name and the others are still
/// drafted.</summary>
internal static class BatchPetitions
{
    /// <summary><c>--petitions</c>, added to <c>batch</c>.</summary>
    public static Option<bool> Option() => new("--petitions")
    {
        Description = "Treat every *.json file as a petition: validate it and draft it (as 'petitionkit draft' does) into OUT/<file name>.docx, through --template or its case type's built-in template.",
    };

    /// <summary>Drafts one petition file as 'petitionkit draft' does: the library validates it (its errors are the
    /// record's failure, its warnings the draft's), through the given template or its case type's built-in one.</summary>
    public static async Task<BatchOutcome> DraftOneAsync(PetitionTemplate? template, string petitionPath, string draftPath, RenderOptions options, CancellationToken cancellationToken)
    {
        var petitionFile = Path.GetFileName(petitionPath);
        var draftFile = Path.GetFileName(draftPath);
        var petition = await PetitionInput.ReadAsync(petitionPath, cancellationToken).ConfigureAwait(false);
        if (petition.Value is not { } read)
        {
            return new BatchOutcome(petitionFile, draftFile, null, petition.Errors);
        }

        var chosen = template ?? (BuiltInTemplates.ForCaseType(read.CaseType) is { } id ? BuiltInTemplates.Get(id) : null);
        if (chosen is null)
        {
            var validation = PetitionValidator.Validate(read, options.AsOf!.Value);
            return new BatchOutcome(petitionFile, draftFile, null, validation.HasErrors
                ? [.. validation.Issues.Where(i => i.Severity == DiagnosticSeverity.Error).Select(i => i.ToString())]
                : [ErrorPrinter.FileError(petitionPath, "no built-in template drafts this case type; give one with --template (see 'petitionkit templates').")]);
        }

        try
        {
            var written = await DraftOutputs.WriteAsync(
                draftPath,
                report: null,
                checklist: null,
                stream => PetitionDrafter.DraftAsync(read, chosen, stream, options, cancellationToken: cancellationToken),
                cancellationToken).ConfigureAwait(false);
            return new BatchOutcome(petitionFile, draftFile, written.Value, written.Errors);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new BatchOutcome(petitionFile, draftFile, null, [ErrorPrinter.FileError(petitionPath, $"internal error while drafting ({ex.GetType().Name}: {ex.Message}); please report it.")]);
        }
    }
}
