using PetitionKit.Model;
using PetitionKit.Word;

namespace PetitionKit.Tests.TestSupport;

/// <summary>Drafts a petition through the facade with the built-in template for its case type and reads the draft's
/// paragraphs as the attorney sees them (non-breaking spaces as spaces), with the render report.</summary>
public static class BuiltInDraft
{
    public static async Task<(List<string> Paragraphs, RenderReport Report)> DraftAsync(Petition petition, DateOnly asOf)
    {
        var template = PetitionKit.Templates.BuiltInTemplates.Get(PetitionKit.Templates.BuiltInTemplates.ForCaseType(petition.CaseType)!);
        using var output = new MemoryStream();

        var report = await PetitionDrafter.DraftAsync(petition, template, output, new RenderOptions { AsOf = asOf }, cancellationToken: TestContext.Current.CancellationToken);

        List<string> paragraphs = [.. DocxText.DraftParagraphs(output.ToArray()).Select(p => p.Replace('\u00A0', ' '))];
        return (paragraphs, report);
    }
}
