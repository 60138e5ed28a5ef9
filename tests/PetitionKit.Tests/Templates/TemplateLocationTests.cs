using PetitionKit.Word.Templates;

namespace PetitionKit.Tests.Templates;

public sealed class TemplateLocationTests
{
    [Fact]
    public void ToString_FormatsCompilerStyle()
    {
        var location = new TemplateLocation("uscis-delay.docx", "/word/document.xml", 14, 7);

        location.ToString().Should().Be("uscis-delay.docx/word/document.xml(¶14,7)");
    }

    [Theory]
    [InlineData("/word/document.xml", "body")]
    [InlineData("/word/header1.xml", "header 1")]
    [InlineData("/word/footer12.xml", "footer 12")]
    [InlineData("/word/footnotes.xml", "footnotes")]
    [InlineData("/docProps/core.xml", "document properties")]
    public void PartDescription_NamesThePartInWordsTerms(string partUri, string expected)
    {
        var location = new TemplateLocation("t.docx", partUri, 1, 1);

        location.PartDescription.Should().Be(expected);
    }
}
