using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;

namespace PetitionKit.Tests.Rendering;

/// <summary>Statements that would write markup where a Word document cannot hold it — Scriban's HTML <c>tablerow</c>, a
/// function whose body holds paragraphs called inside a paragraph's text — are refused at load where they sit; the
/// render refuses the same when a call slips past the load's check.</summary>
public sealed class MarkupStatementTests
{
    private const string Data = """{"name": "Amara Okafor", "cells": ["a", "b"], "p": {"notice": "Notice given."}}""";

    private static readonly string NoticeFunction =
        Docx.Paragraph("{{ func notice }}") + Docx.Paragraph("Notice to ", "{{ name }}", ".") + Docx.Paragraph("{{ end }}");

    [Fact]
    public async Task Load_Tablerow_IsRefusedAtItsTagWithTheRowLoopToUseInstead()
    {
        var errors = await LoadErrorsAsync(Docx.Paragraph("Intro") + Docx.Paragraph("Cells: ", "{{ tablerow c in cells }}{{ c }}{{ end }}"));

        var error = errors.Should().ContainSingle().Which;
        error.ToString().Should().StartWith("complaint.docx/word/document.xml(¶2,8): error PK2018: ‘tablerow’ writes an HTML table");
        error.Tag.Should().Be("{{ tablerow c in cells }}");
        error.Message.Should().Contain("put ‘{{ for item in list }}’ in the row's first cell");
    }

    [Fact]
    public async Task Load_FunctionOfParagraphsCalledInsideText_IsRefusedAtTheCall()
    {
        var errors = await LoadErrorsAsync(NoticeFunction + Docx.Paragraph("See: ", "{{ notice }}"), Docx.Paragraph("Header {{ notice }}"));

        errors.Select(e => (e.Code, e.Location!.Value.PartDescription, e.Location!.Value.Paragraph, e.Location!.Value.Column)).Should().Equal(
            ("PK2018", "body", 4, 6), ("PK2018", "header 1", 1, 8));
        errors[0].Message.Should().StartWith("This tag calls ‘notice’ (defined at ¶1 of the body), whose body holds whole paragraphs;");
    }

    [Fact]
    public async Task Render_FunctionOfParagraphsCalledFromAStatementAloneInItsParagraph_WritesItsParagraphsThere()
    {
        var body = Docx.Paragraph("Before") + NoticeFunction + Docx.Paragraph("{{ done = notice }}") + Docx.Paragraph("After: ", "{{ p.notice }}");

        var (docx, report) = await Render.DocxAsync(Docx.Package(body), Data);

        OpenXmlValidation.ShouldBeValid(docx);
        DocxText.DraftParagraphs(docx).Should().Equal("Before", "Notice to Amara Okafor.", "After: Notice given.");
        report.MissingValues.Should().BeEmpty();
    }

    [Fact]
    public async Task Render_FunctionOfTextCalledInsideText_WritesItsTextWithoutAMissingPlaceholder()
    {
        var body = Docx.Paragraph("{{ func greet }}Dear {{ name }}{{ end }}") + Docx.Paragraph("Letter: ", "{{ greet }}", ".");

        var (docx, report) = await Render.DocxAsync(Docx.Package(body), Data);

        OpenXmlValidation.ShouldBeValid(docx);
        DocxText.DraftParagraphs(docx).Should().Equal(string.Empty, "Letter: Dear Amara Okafor.");
        report.MissingValues.Should().BeEmpty();
    }

    [Fact]
    public async Task Render_FunctionOfParagraphsReachedThroughAnAlias_IsStoppedBeforeItWritesIntoText()
    {
        var body = NoticeFunction + Docx.Paragraph("{{ g = @notice }}") + Docx.Paragraph("See: ", "{{ g }}");
        var template = await Render.LoadAsync(Docx.Package(body), "complaint.docx");

        var act = () => Render.DocxAsync(template, Data);

        var error = (await act.Should().ThrowAsync<TemplateException>()).Which.Diagnostics.Should().ContainSingle().Which;
        error.ToString().Should().StartWith("complaint.docx/word/document.xml(¶5,6): error PK3002:");
        error.Message.Should().Contain("whole paragraphs written inside a paragraph's text");
    }

    private static async Task<IReadOnlyList<PetitionKit.Word.Diagnostics.Diagnostic>> LoadErrorsAsync(string body, string? header = null)
    {
        var act = () => Render.LoadAsync(Docx.Package(body, header), "complaint.docx");
        return (await act.Should().ThrowAsync<TemplateException>()).Which.Diagnostics;
    }
}
