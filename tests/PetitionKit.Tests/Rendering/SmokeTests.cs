using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.Rendering;

public sealed class SmokeTests
{
    [Fact]
    public async Task Render_SimpleValue_WritesIt()
    {
        var paragraphs = await Render.BodyParagraphsAsync(
            Docx.Paragraph("Petitioner ", "{{ petitioner", ".name }}", " sues."),
            """{"petitioner": {"name": "Ana & <Bo>"}}""");

        paragraphs.Should().Contain("Petitioner Ana & <Bo> sues.");
    }
}
