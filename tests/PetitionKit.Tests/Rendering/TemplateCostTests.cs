using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;

namespace PetitionKit.Tests.Rendering;

/// <summary>Template code that would build a string or list past the output limit is stopped before it builds it,
/// with PK3004 at the tag. A small limit keeps these fast; the full-size attacks, measured in a process of their own,
/// are in <c>HostileTemplateTests</c>.</summary>
public sealed class TemplateCostTests
{
    private static readonly RenderOptions SmallLimit = new() { AsOf = Render.AsOf, Limits = new RenderLimits { MaxOutputCharacters = 10_000 } };

    [Theory]
    [InlineData("{{ \"aaaaaaaaaa\" * 1000000000 }}")]
    [InlineData("{{ 1 | math.format \"N999999999\" }}")]
    [InlineData("{{ \"x\" | string.pad_left 1000000000 }}")]
    [InlineData("{{ \"x\" | string.pad_right 1000000000 }}")]
    [InlineData("{{ s = \"a\" * 5000 }}{{ s = s | string.replace \"a\" \"aaaaaaaaaa\" }}")]
    [InlineData("{{ s = \"a\" * 5000 }}{{ s = s + s + s }}")]
    [InlineData("{{ s = \"a\" * 4000 }}{{ s = s | string.append s | string.append s }}")]
    [InlineData("{{ \"é\" * 2000 | html.url_encode }}")]
    [InlineData("{{ \"a\" * 5000 | regex.replace \"\" \"xx\" }}")]
    [InlineData("{{ [1] | array.insert_at 1000000000 2 }}")]
    [InlineData("{{ (1..5000) | array.join \",\" }}")]
    public async Task Render_CodeBuildingPastTheOutputLimit_IsStoppedWithPK3004AtItsTag(string tags)
    {
        var template = await Render.LoadAsync(Docx.Package(Docx.Paragraph("Before. ") + Docx.Paragraph(tags)));

        var act = () => Render.DocxAsync(template, "{}", SmallLimit);

        var error = (await act.Should().ThrowAsync<TemplateException>()).Which.Diagnostics.Should().ContainSingle().Which;
        error.Code.Should().Be("PK3004");
        error.Location!.Value.PartUri.Should().Be("/word/document.xml");
        error.Location!.Value.Paragraph.Should().Be(2);
        error.Message.Should().Contain("RenderLimits.MaxOutputCharacters");
    }

    [Fact]
    public async Task Render_ModestRepetitionFormattingAndPadding_StillWork()
    {
        var template = await Render.LoadAsync(Docx.Package(Docx.Paragraph(
            "{{ \"ab\" * 3 }}|{{ 3.14159 | math.format \"N2\" }}|{{ \"7\" | string.pad_left 3 }}|{{ \"a-b\" | string.replace \"-\" \"--\" }}|{{ [1, 2] | array.join \"+\" }}")));

        var (docx, _) = await Render.DocxAsync(template, "{}", SmallLimit);

        DocxText.DraftParagraphs(docx).Should().Equal("ababab|3.14|  7|a--b|1+2");
    }
}
