using PetitionKit.Templates;
using PetitionKit.Word;
using PetitionKit.Word.Templates;

namespace PetitionKit.Cli.Io;

/// <summary>Loads and compiles a template file, turning its diagnostics and file problems into error lines.</summary>
internal static class TemplateInput
{
    public static async Task<Loaded<PetitionTemplate>> LoadAsync(string path, CancellationToken cancellationToken) =>
        (await LoadWithTagsAsync(path, cancellationToken).ConfigureAwait(false)).Loaded;

    /// <summary>Loads a template and also returns the tags found when its errors stopped the load, for a lint.</summary>
    public static async Task<(Loaded<PetitionTemplate> Loaded, IReadOnlyList<TemplateTag> Tags)> LoadWithTagsAsync(string path, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            return (Loaded<PetitionTemplate>.Failure(ErrorPrinter.FileError(path, "this is a folder; give the template's .docx file.")), []);
        }

        try
        {
            var template = await PetitionTemplate.LoadFileAsync(path, options: null, cancellationToken).ConfigureAwait(false);
            return (Loaded<PetitionTemplate>.Success(template), template.Tags);
        }
        catch (TemplateException ex)
        {
            return (Loaded<PetitionTemplate>.Failure(ErrorPrinter.Diagnostics(ex.Diagnostics)), ex.Tags);
        }
        catch (Exception ex) when (FileErrors.IsFileProblem(ex))
        {
            return (Loaded<PetitionTemplate>.Failure(ErrorPrinter.FileError(path, FileErrors.DescribeRead(ex))), []);
        }
    }
}
