using PetitionKit.Json;
using PetitionKit.Model;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;

namespace PetitionKit.Tests.GoldenText;

/// <summary>Drafts every petition in <c>Golden/</c> and compares the whole draft's text (headers, body, checklist,
/// footers, comments) with the approved <c>expected.txt</c>; a refused petition's issues with
/// <c>expected.errors.txt</c>. Every template or rule change then shows as a line-by-line diff a lawyer can review.</summary>
public sealed class GoldenDraftTests
{
    public static TheoryData<string> Cases() => [.. GoldenCase.All().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Draft_GoldenPetition_MatchesTheApprovedText(string name)
    {
        var golden = GoldenCase.Named(name);
        Petition petition;
        await using (var file = File.OpenRead(golden.PetitionPath))
        {
            petition = PetitionJson.Read(file);
        }

        var templateId = golden.TemplateId ?? PetitionKit.Templates.BuiltInTemplates.ForCaseType(petition.CaseType);
        templateId.Should().NotBeNull($"{name}: no built-in template for {petition.CaseType}; name one in template.txt");
        using var output = new MemoryStream();

        try
        {
            await PetitionDrafter.DraftAsync(petition, PetitionKit.Templates.BuiltInTemplates.Get(templateId!), output, Render.Checked(new RenderOptions { AsOf = golden.AsOf }), cancellationToken: TestContext.Current.CancellationToken);
        }
        catch (PetitionValidationException refused)
        {
            File.Exists(golden.ExpectedPath).Should().BeFalse($"{name} has an approved draft, but drafting refused it:\n{refused.Report}");
            Golden.Verify(string.Join('\n', refused.Report.Issues.Select(i => i.ToString())) + "\n", golden.ExpectedErrorsPath);
            return;
        }

        File.Exists(golden.ExpectedErrorsPath).Should().BeFalse($"{name} expects drafting to refuse, but it drafted");
        var docx = output.ToArray();
        OpenXmlValidation.Errors(docx).Should().BeEmpty(name);
        Golden.Verify(DraftTranscript.Of(docx), golden.ExpectedPath);
    }
}
