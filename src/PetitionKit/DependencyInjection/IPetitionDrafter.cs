using PetitionKit.Model;
using PetitionKit.Word;

namespace PetitionKit.DependencyInjection;

/// <summary>Drafts petitions with the app's templates and settings: <see cref="PetitionDrafter"/> behind an interface an
/// app injects (and mocks in its tests), with the store's templates and <see cref="PetitionKitOptions"/>' limits, and
/// logging what happened (never what the petition says).</summary>
public interface IPetitionDrafter
{
    /// <summary>Validates and drafts a petition into a stream.</summary>
    /// <param name="petition">The petition.</param>
    /// <param name="destination">Where the .docx draft is written; nothing is written when drafting fails.</param>
    /// <param name="templateId">The template's id; null for the built-in template of the petition's case type.</param>
    /// <param name="asOf">The date the draft speaks as of; null for today (UTC) from the registered <see cref="TimeProvider"/>.</param>
    /// <param name="cancellationToken">Cancels the draft.</param>
    /// <returns>The render report, with the review checklist and the warnings.</returns>
    /// <exception cref="PetitionValidationException">The petition cannot be drafted; every problem is listed
    /// (<see cref="PetitionKit.Validation.ValidationReport.ToProblem"/> answers it as a problem).</exception>
    /// <exception cref="TemplateException">The template does not fit the petition, or the render failed.</exception>
    /// <exception cref="KeyNotFoundException">No template has <paramref name="templateId"/>.</exception>
    public Task<RenderReport> DraftAsync(Petition petition, Stream destination, string? templateId = null, DateOnly? asOf = null, CancellationToken cancellationToken = default);

    /// <summary>Validates and drafts a petition into a file that appears only when the draft is whole (see
    /// <see cref="PetitionDrafter.DraftToFileAsync"/>).</summary>
    /// <param name="petition">The petition.</param>
    /// <param name="path">The .docx file to write; its folder must exist.</param>
    /// <param name="templateId">The template's id; null for the built-in template of the petition's case type.</param>
    /// <param name="asOf">The date the draft speaks as of; null for today (UTC).</param>
    /// <param name="cancellationToken">Cancels the draft.</param>
    /// <returns>The render report.</returns>
    /// <exception cref="PetitionValidationException">The petition cannot be drafted; every problem is listed.</exception>
    /// <exception cref="TemplateException">The template does not fit the petition, or the render failed.</exception>
    /// <exception cref="KeyNotFoundException">No template has <paramref name="templateId"/>.</exception>
    public Task<RenderReport> DraftToFileAsync(Petition petition, string path, string? templateId = null, DateOnly? asOf = null, CancellationToken cancellationToken = default);
}
