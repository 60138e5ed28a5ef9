using PetitionKit.Tests.Model;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;

namespace PetitionKit.Tests.BuiltInTemplates;

/// <summary>Drafts real petitions through <see cref="PetitionDrafter.DraftAsync"/> with the committed templates, so the
/// templates are checked against the view the facade actually builds.</summary>
public sealed class FacadeDraftTests
{
    [Fact]
    public async Task DraftAsync_SampleI130WithUscisDelay_IsCompleteValidAndAsksForAdjudication()
    {
        var petition = SamplePetitions.Complete();
        petition = petition with { Duty = petition.Duty with { LegalSources = ["8-usc-1154-b", "5-usc-555-b"] } };
        var template = await BuiltInTemplateRender.LoadAsync("uscis-delay");
        using var output = new MemoryStream();

        var report = await PetitionDrafter.DraftAsync(petition, template, output, new RenderOptions { AsOf = SamplePetitions.AsOf }, cancellationToken: TestContext.Current.CancellationToken);

        var docx = output.ToArray();
        var text = string.Join("\n", DocxText.DraftParagraphs(docx)).Replace('\u00A0', ' ');
        report.MissingValues.Select(m => m.ToString()).Should().BeEmpty();
        text.Should().NotContain("[MISSING");
        OpenXmlValidation.ShouldBeValid(docx);
        text.Should().Contain("COUNT I\n").And.Contain("COUNT II\n").And.Contain("order Defendants to adjudicate the I-130");
        text.Should().NotContain("approve the");
    }

    [Theory]
    [InlineData("naturalization-1447b")]
    [InlineData("consular-delay")]
    [InlineData("foia")]
    public async Task DraftAsync_SamplePetitionForEachOtherTemplate_IsCompleteAndValid(string id)
    {
        var petition = SampleVariants.For(id);
        var template = await BuiltInTemplateRender.LoadAsync(id);
        using var output = new MemoryStream();

        var report = await PetitionDrafter.DraftAsync(petition, template, output, new RenderOptions { AsOf = SamplePetitions.AsOf }, cancellationToken: TestContext.Current.CancellationToken);

        var docx = output.ToArray();
        report.MissingValues.Select(m => m.ToString()).Should().BeEmpty();
        OpenXmlValidation.ShouldBeValid(docx);
        var text = string.Join("\n", DocxText.DraftParagraphs(docx));
        text.Should().Contain("PRAYER FOR RELIEF").And.NotContain("[MISSING");
    }
}
