using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.Rendering;

/// <summary>Drafts converted by LibreOffice, as a user's tools would read them.</summary>
public sealed class LibreOfficeTests
{
    [Fact]
    public async Task Render_LoopsTablesAndBreaks_ConvertToPdfWithTheExpectedText()
    {
        var body = Docx.StyledParagraph("Heading1", "PARTIES")
            + Docx.Paragraph("{{ for p in petitioners }}")
            + Docx.Paragraph("Petitioner ", "{{ p.name }}", " resides in ", "{{ p.city }}", ".")
            + Docx.Paragraph("{{ end }}")
            + Docx.Table(
                [Docx.Paragraph("Exhibit"), Docx.Paragraph("Title")],
                [Docx.Paragraph("{{ for e in exhibits }}{{ e.label }}"), Docx.Paragraph("{{ e.title }}{{ end }}")])
            + Docx.Paragraph("Notes: ", "{{ notes }}");
        const string Data = """
            {"petitioners": [{"name": "Amara Okafor", "city": "Chicago"}, {"name": "Jun Park", "city": "Evanston"}],
             "exhibits": [{"label": "A", "title": "Receipt notice"}, {"label": "B", "title": "Inquiry & reply"}],
             "notes": "first line\nsecond line"}
            """;

        var (docx, _) = await Render.DocxAsync(Docx.Package(body), Data);
        var pages = await LibreOffice.PageTextsAsync(docx);

        OpenXmlValidation.ShouldBeValid(docx);
        var text = string.Join("\n", pages);
        text.Should().Contain("Petitioner Amara Okafor resides in Chicago.").And.Contain("Petitioner Jun Park resides in Evanston.");
        text.Should().MatchRegex(@"A\s+Receipt notice").And.MatchRegex(@"B\s+Inquiry & reply");
        text.Should().MatchRegex(@"Notes: first line\s*\n\s*second line");
        text.Should().NotContain("{{");
    }
}
