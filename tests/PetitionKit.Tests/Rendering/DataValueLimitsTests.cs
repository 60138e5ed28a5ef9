using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;

namespace PetitionKit.Tests.Rendering;

/// <summary>Plain-data values a template cannot use as given: numbers beyond what it computes with are refused at their
/// path, a key named twice is a warning, and data nested or grown past a limit fails at the tag that printed it.</summary>
public sealed class DataValueLimitsTests
{
    [Theory]
    [InlineData("1e400", "1e400")]
    [InlineData("-1e400", "-1e400")]
    [InlineData("123456789012345678901234567890", "123456789012345678901234567890")]
    [InlineData("1.5e29", "1.5e29")]
    public async Task Render_NumberBeyondADecimal_IsPK3008AtItsPath(string number, string shown)
    {
        var act = () => Render.DocxAsync(Docx.Package(Docx.Paragraph("{{ claim.amount }}")), $$"""{ "claim": { "ids": [1, { "amount": 2 }], "amount": {{number}} } }""");

        var error = (await act.Should().ThrowAsync<TemplateException>()).Which.Diagnostics.Should().ContainSingle().Subject;
        error.ToString().Should().Be(
            $"test.docx(¶0,0): error PK3008: The data at $.claim.amount holds the number {shown}, beyond what a template can compute with (up to 79,228,162,514,264,337,593,543,950,335 either way). To print it as written, put it in quotes as text.");
    }

    [Theory]
    [InlineData("12345678901234567890123456789", "12345678901234567890123456789")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("1e-400", "0")]
    [InlineData("0.1", "0.1")]
    public async Task Render_NumberADecimalHolds_PrintsItsDigitsNotAnExponent(string number, string printed)
    {
        var paragraphs = await Render.BodyParagraphsAsync(Docx.Paragraph("n={{ n }}"), $$"""{ "n": {{number}} }""");

        paragraphs.Should().Contain($"n={printed}");
    }

    [Fact]
    public async Task Render_KeyNamedTwice_WarnsPK3009WithItsPathAndRendersTheLastValue()
    {
        var (docx, report) = await Render.DocxAsync(
            Docx.Package(Docx.Paragraph("{{ petitioner.name }}")),
            """{ "petitioner": { "name": "First", "name": "Last" }, "rows": [ { "a": 1, "a": 2, "a": 3 } ] }""");

        report.Warnings.Select(w => w.ToString()).Should().Equal(
            "test.docx(¶0,0): warning PK3009: The data at $.petitioner.name names the key 'name' more than once; the template sees only the last value. Keep one.",
            "test.docx(¶0,0): warning PK3009: The data at $.rows[0].a names the key 'a' more than once; the template sees only the last value. Keep one.");
        DocxText.DraftParagraphs(docx).Should().Contain("Last");
    }

    [Fact]
    public async Task Render_NoKeyNamedTwice_HasNoDataWarning()
    {
        var (_, report) = await Render.DocxAsync(Docx.Package(Docx.Paragraph("{{ a.b }}")), """{ "a": { "b": 1, "c": { "b": 2 } } }""");

        report.Warnings.Should().BeEmpty();
    }

    [Fact]
    public async Task Render_DataNested63Deep_FailsAtTheTagThatPrintsIt()
    {
        const int depth = 63;
        var nested = string.Concat(Enumerable.Repeat("{\"a\":", depth - 1)) + "1" + new string('}', depth - 1);
        var template = Docx.Package(Docx.Paragraph("Intro") + Docx.Paragraph("Value: {{ deep }}"));

        var act = () => Render.DocxAsync(template, $$"""{ "deep": {{nested}} }""");

        var error = (await act.Should().ThrowAsync<TemplateException>()).Which.Diagnostics.Should().ContainSingle().Subject;
        (error.Code, error.Location!.Value.TemplateName, error.Location!.Value.PartUri, error.Location!.Value.Paragraph, error.Tag)
            .Should().Be(("PK3002", "test.docx", "/word/document.xml", 2, "{{ deep }}"));
    }

    [Fact]
    public async Task Render_ValueEscapedPastTheOutputLimit_FailsWithPK3004AtItsTag()
    {
        // Each & is written as &amp;: 5,000 of them are 25,000 characters of XML, past a limit of 20,000.
        var template = Docx.Package(Docx.Paragraph("Intro") + Docx.Paragraph("Name: {{ name }}"));
        var options = new RenderOptions { AsOf = Render.AsOf, Limits = new RenderLimits { MaxOutputCharacters = 20_000 } };

        var act = () => Render.DocxAsync(template, $$"""{ "name": "{{new string('&', 5000)}}" }""", options);

        var error = (await act.Should().ThrowAsync<TemplateException>()).Which.Diagnostics.Should().ContainSingle().Subject;
        (error.Code, error.Location!.Value.TemplateName, error.Location!.Value.PartUri, error.Location!.Value.Paragraph, error.Tag)
            .Should().Be(("PK3004", "test.docx", "/word/document.xml", 2, "{{ name }}"));
    }
}
