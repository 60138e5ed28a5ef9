using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Tests.Rendering;

public sealed class DiagnosticTests
{
    private static async Task<IReadOnlyList<PetitionKit.Word.Diagnostics.Diagnostic>> LoadErrorsAsync(string body, string? header = null)
    {
        var act = () => Render.LoadAsync(Docx.Package(body, header), "complaint.docx");
        return (await act.Should().ThrowAsync<TemplateException>()).Which.Diagnostics;
    }

    [Theory]
    [InlineData("", "$: error PK1001: The file holds null; it must hold a petition object.")]
    [InlineData("petitioners[1].a_number", "petitioners[1].a_number: error PK1001: The file holds null; it must hold a petition object.")]
    public void ToString_DataProblem_NamesItsPathOrTheRootOfTheData(string path, string expected)
    {
        new Diagnostic("PK1001", DiagnosticSeverity.Error, path, "The file holds null; it must hold a petition object.").ToString().Should().Be(expected);
    }

    [Fact]
    public async Task Load_MissingEnd_NamesTheOpeningTagItsParagraphAndText()
    {
        var errors = await LoadErrorsAsync(
            Docx.Paragraph("Intro") + Docx.Paragraph("{{ for p in petitioners }}") + Docx.Paragraph("The Petitioner, ", "{{ p.name }}"));

        var error = errors.Should().ContainSingle().Which;
        error.Code.Should().Be("PK2013");
        error.Location.ToString().Should().Be("complaint.docx/word/document.xml(¶2,1)");
        error.Tag.Should().Be("{{ for p in petitioners }}");
        error.Message.Should().Contain("‘{{ end }}’ is missing for the ‘for’ that starts at ¶2");
    }

    [Fact]
    public async Task Load_SeveralProblems_AreAllReportedTogetherInDocumentOrder()
    {
        var errors = await LoadErrorsAsync(
            Docx.Paragraph("{{ end }}") + Docx.Paragraph("Name: {{ petitioner.name ") + Docx.Paragraph("{{ 1 + }}"),
            Docx.Paragraph("{{ if x }}"));

        errors.Select(e => (e.Code, e.Location!.Value.PartDescription, e.Location!.Value.Paragraph)).Should().Equal(
            ("PK2012", "body", 1), ("PK2010", "body", 2), ("PK2011", "body", 3), ("PK2013", "header 1", 1));
    }

    [Fact]
    public async Task Load_SyntaxError_ReportsTagAndPlainMessageNotScribanXmlPosition()
    {
        var errors = await LoadErrorsAsync(Docx.Paragraph("Filed on ", "{{ date.to_string( }}", "."));

        var error = errors.Should().ContainSingle().Which;
        error.Code.Should().Be("PK2011");
        error.Tag.Should().Be("{{ date.to_string( }}");
        error.Location!.Value.Column.Should().Be(10);
        error.Excerpt.Should().Contain("Filed on");
        error.ToString().Should().StartWith("complaint.docx/word/document.xml(¶1,10): error PK2011:");
    }

    [Fact]
    public async Task Load_BlockStraddlingTableEdge_NamesBothEnds()
    {
        var errors = await LoadErrorsAsync(Docx.Paragraph("{{ for r in rows }}") + Docx.Table([Docx.Paragraph("{{ r }}"), Docx.Paragraph("{{ end }}")]));

        var error = errors.Should().ContainSingle().Which;
        error.Code.Should().Be("PK2014");
        error.Message.Should().Contain("¶1").And.Contain("¶3").And.Contain("table edge");
    }

    [Fact]
    public async Task Load_BlockAcrossTableRows_IsAnError()
    {
        var errors = await LoadErrorsAsync(Docx.Table(
            [Docx.Paragraph("{{ for r in rows }}"), Docx.Paragraph("a")],
            [Docx.Paragraph("b"), Docx.Paragraph("{{ end }}")]));

        errors.Should().ContainSingle().Which.Message.Should().Contain("different table rows");
    }

    [Fact]
    public async Task Load_BlockWithOneEndInlineAndOneAlone_ExplainsBothPlacements()
    {
        var errors = await LoadErrorsAsync(Docx.Paragraph("Text {{ if x }} more") + Docx.Paragraph("{{ end }}"));

        errors.Should().ContainSingle().Which.Message.Should().Contain("shares its paragraph with text");
    }

    [Fact]
    public async Task Load_ElseOutsideBlock_IsAnError()
    {
        var errors = await LoadErrorsAsync(Docx.Paragraph("{{ else }}"));

        errors.Should().ContainSingle().Which.Code.Should().Be("PK2017");
    }

    [Fact]
    public async Task Render_RuntimeErrors_AreAllReportedWithTheirTags()
    {
        var template = await Render.LoadAsync(Docx.Package(Docx.Paragraph("{{ no_such_function 3 }}") + Docx.Paragraph("{{ other_unknown \"x\" }}")));

        var act = () => Render.DocxAsync(template, "{}");

        var errors = (await act.Should().ThrowAsync<TemplateException>()).Which.Diagnostics;
        errors.Select(e => (e.Code, e.Location!.Value.Paragraph)).Should().Equal(("PK3002", 1), ("PK3002", 2));
    }

    [Fact]
    public async Task Tags_ListEveryTagWithKindScopeAndLocation()
    {
        var template = await Render.LoadAsync(Docx.Package(
            Docx.Paragraph("{{ for p in ps }}") + Docx.Paragraph("{{ p.name }}") + Docx.Paragraph("{{ end }}")));

        template.Tags.Where(t => string.Equals(t.Location.PartDescription, "body", StringComparison.Ordinal)).Select(t => (t.Text, t.Kind, t.Scope, t.Location.Paragraph)).Should().Equal(
            ("{{ for p in ps }}", "block", "paragraphs", 1), ("{{ p.name }}", "value", "inline", 2), ("{{ end }}", "end", "paragraphs", 3));
    }
}
