using PetitionKit.Word.Rendering;

namespace PetitionKit.Tests.Rendering;

public sealed class RenderedTextTests
{
    [Fact]
    public void Extract_WordXml_GivesEachParagraphsTextOnItsOwnLine()
    {
        const string xml =
            "<w:body><w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>"
            + "<w:r><w:t>Born </w:t></w:r><w:r><w:tab/><w:t xml:space=\"preserve\">04/09/1985 &amp; A&lt;B</w:t></w:r></w:p>"
            + "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w=\"100\"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w=\"100\"/></w:tcPr>"
            + "<w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
            + "<w:p><w:r><w:t/><w:t></w:t><w:t>last</w:t></w:r></w:p><w:p/></w:body>";

        RenderedText.Extract(xml).Should().Be("Born 04/09/1985 & A<B\ncell\nlast\n");
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("<w:p/>", "")]
    [InlineData("<w:t>a</w:t>", "a")]
    public void Extract_VeryShortXml_ReadsIt(string xml, string expected)
    {
        RenderedText.Extract(xml).Should().Be(expected);
    }
}
