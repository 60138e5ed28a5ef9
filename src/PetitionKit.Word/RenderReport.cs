using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Word;

/// <summary>What one render produced beyond the document: the gaps, the changed values and the review items.</summary>
/// <param name="TemplateName">The template's name.</param>
/// <param name="TemplateHash">The SHA-256 of the template file, in hex.</param>
/// <param name="AsOf">The date the draft speaks as of.</param>
/// <remarks>Immutable.</remarks>
public sealed record RenderReport(string TemplateName, string TemplateHash, DateOnly AsOf)
{
    /// <summary>Gets every tag that had no value, in document order.</summary>
    public IReadOnlyList<MissingValue> MissingValues { get; init; } = [];

    /// <summary>Gets every value the renderer had to change to write it.</summary>
    public IReadOnlyList<ValueAlteration> Alterations { get; init; } = [];

    /// <summary>Gets the review items the template declared with <c>review_item</c>.</summary>
    public IReadOnlyList<string> ReviewItems { get; init; } = [];

    /// <summary>Gets the attorney review checklist, as data: the same items the draft's checklist lists.</summary>
    public IReadOnlyList<ChecklistItem> Checklist { get; init; } = [];

    /// <summary>Gets warnings that did not stop the draft: about the data (a petition's validation warnings come first
    /// when a petition is drafted), the template and the render.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];
}
