using PetitionKit.Templates;

namespace PetitionKit.DependencyInjection;

/// <summary>The templates an app drafts with, each compiled once and kept: the built-in ones by id
/// (<see cref="BuiltInTemplates.All"/>) and the organization's own from <see cref="PetitionKitOptions.TemplateFolder"/>.</summary>
/// <remarks>Thread-safe. An app can give its own implementation, or a mock in its tests.</remarks>
public interface IPetitionTemplateStore
{
    /// <summary>Gets a template by id: a file <c>&lt;id&gt;.docx</c> in the template folder when there is one (compiled
    /// again when the file changed since it was compiled), otherwise the built-in template of that id.</summary>
    /// <param name="id">The template's id, such as <c>uscis-delay</c> or a firm's <c>eoir-cover</c>.</param>
    /// <param name="cancellationToken">Cancels reading the file.</param>
    /// <returns>The compiled template.</returns>
    /// <exception cref="KeyNotFoundException">No template has that id.</exception>
    /// <exception cref="PetitionKit.Word.TemplateException">The folder's file is not a sound template; every problem is listed.</exception>
    public ValueTask<PetitionTemplate> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Lists the ids available: the built-in ones and those of the folder's <c>.docx</c> files, sorted.</summary>
    /// <returns>The ids.</returns>
    public IReadOnlyList<string> ListIds();
}
