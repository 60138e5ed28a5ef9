namespace PetitionKit.Tests.BuiltInTemplates;

public sealed class DumpScratch
{
    [Theory]
    [InlineData("uscis-delay", "uscis-delay-i130")]
    [InlineData("uscis-delay", "uscis-delay-i589-pro-se")]
    [InlineData("naturalization-1447b", "naturalization-1447b")]
    [InlineData("consular-delay", "consular-delay-ds260")]
    [InlineData("foia", "foia")]
    public async Task Dump(string id, string view)
    {
        var r = await BuiltInTemplateRender.RenderAsync(id, BuiltInTemplateRender.ViewJson(view));
        Directory.CreateDirectory("/tmp/pk-templates");
        await File.WriteAllBytesAsync($"/tmp/pk-templates/{view}.docx", r.Docx, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync($"/tmp/pk-templates/{view}.txt", r.Text, TestContext.Current.CancellationToken);
    }
}
