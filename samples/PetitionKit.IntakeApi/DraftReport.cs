using PetitionKit.Validation;
using PetitionKit.Word;

namespace PetitionKit.IntakeApi;

/// <summary>A render report in the answer's snake_case vocabulary.</summary>
/// <param name="AsOf">The day the draft speaks as of.</param>
/// <param name="Template">The template's name.</param>
/// <param name="MissingValues">How many values the draft shows as gaps.</param>
/// <param name="Warnings">The petition's validation warnings, then the template's and the render's, each with its PK code.</param>
/// <param name="Checklist">The review checklist, in the draft's order.</param>
public sealed record DraftReport(DateOnly AsOf, string Template, int MissingValues, IReadOnlyList<ProblemIssue> Warnings, IReadOnlyList<DraftChecklistItem> Checklist)
{
    /// <summary>Reads a render report.</summary>
    /// <param name="report">The report <c>PetitionDrafter.DraftAsync</c> returned.</param>
    /// <returns>The report as the answer gives it.</returns>
    public static DraftReport From(RenderReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new DraftReport(
            report.AsOf,
            report.TemplateName,
            report.MissingValues.Count,
            [.. report.Warnings.Select(ProblemIssue.From)],
            [.. report.Checklist.Select(DraftChecklistItem.From)]);
    }
}
