
namespace PetitionKit.Tests.BuiltInTemplates;

public sealed class TemplateOutlineTests
{
    [Theory]
    [InlineData("uscis-delay")]
    [InlineData("naturalization-1447b")]
    [InlineData("consular-delay")]
    [InlineData("foia")]
    [InlineData("packet/civil-cover-sheet")]
    [InlineData("packet/summons")]
    [InlineData("packet/service-plan")]
    [InlineData("packet/proposed-order")]
    [InlineData("packet/verification")]
    [InlineData("packet/exhibit-cover-sheets")]
    [InlineData("packet/deadlines")]
    public async Task Outline_CommittedTemplate_MatchesItsOutlineFile(string id)
    {
        var docx = await File.ReadAllBytesAsync(BuiltInTemplateRender.TemplatePath(id), TestContext.Current.CancellationToken);
        var outlinePath = Path.Combine(Path.GetDirectoryName(BuiltInTemplateRender.TemplatePath(id))!, "outline.txt");

        var outline = TemplateOutline.Of(docx);

        if (string.Equals(Environment.GetEnvironmentVariable("PETITIONKIT_ACCEPT"), "1", StringComparison.Ordinal))
        {
            await File.WriteAllTextAsync(outlinePath, outline, TestContext.Current.CancellationToken);
        }

        outline.Should().Be(await File.ReadAllTextAsync(outlinePath, TestContext.Current.CancellationToken), "templates/{0}/outline.txt is regenerated with PETITIONKIT_ACCEPT=1", id);
    }
}
