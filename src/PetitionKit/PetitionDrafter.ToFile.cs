using PetitionKit.Model;
using PetitionKit.Templates;
using PetitionKit.Word;

namespace PetitionKit;

/// <summary>Drafting straight to a file.</summary>
public static partial class PetitionDrafter
{
    /// <summary>Drafts a petition as <see cref="DraftAsync"/> does, into a file that appears only when the draft is whole:
    /// it is written under a temporary name in the same folder and moved into place at the end, so a refused petition, a
    /// failed render or a cancelled call leaves no file (and no 0-byte or partial one), and a draft already at
    /// <paramref name="path"/> is replaced only by a complete one.</summary>
    /// <param name="petition">The petition.</param>
    /// <param name="template">The compiled template.</param>
    /// <param name="path">The .docx file to write; its folder must exist.</param>
    /// <param name="options">The render options; <see cref="RenderOptions.Default"/> when null.</param>
    /// <param name="redaction">How petitioners' identifiers reach the template; <see cref="RedactionOptions.Default"/> when null.</param>
    /// <param name="firm">The organization's own data, read as <c>firm.*</c> (see <see cref="DraftAsync"/>); null for none.</param>
    /// <param name="cancellationToken">Cancels the render.</param>
    /// <returns>The render report.</returns>
    /// <exception cref="PetitionValidationException">The petition cannot be drafted; every problem is listed.</exception>
    /// <exception cref="TemplateException">The template does not fit the petition model, or the render failed.</exception>
    /// <exception cref="IOException">The file could not be written.</exception>
    public static Task<RenderReport> DraftToFileAsync(
        Petition petition, PetitionTemplate template, string path, RenderOptions? options = null, RedactionOptions? redaction = null, System.Text.Json.JsonElement? firm = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(petition);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return StagedFileWrite.WriteAsync(path, stream => DraftAsync(petition, template, stream, options, redaction, firm, cancellationToken), cancellationToken);
    }
}
