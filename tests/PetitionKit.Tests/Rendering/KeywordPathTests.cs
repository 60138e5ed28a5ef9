using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;

namespace PetitionKit.Tests.Rendering;

/// <summary>Data keys that are Scriban keywords (<c>case</c>, <c>end</c>, <c>in</c>, <c>do</c>…), legal data's daily
/// fare, read as written at the head of a path and as members; a keyword alone is still refused where it sits.</summary>
public sealed class KeywordPathTests
{
    private const string Data = """
        {"case": {"number": "1:26-cv-00042", "open": true, "caption": "Okafor v. USCIS", "events": [{"end": "Jan. 2"}, {"end": "Feb. 3"}]},
         "with": {"if": "W"}, "matter": {"do": "D", "in": "I", "this": "T"}}
        """;

    [Fact]
    public async Task Render_KeywordHeadsAndMembers_AreReadAsTheDataKeysWritten()
    {
        var body = Docx.Paragraph("Case No. ", "{{ case", ".number }}")
            + Docx.Paragraph("{{ if case.open }}Caption: {{ case.caption }}{{ end }}")
            + Docx.Paragraph("{{ for e in case.events }}{{ e.end }}; {{ end }}")
            + Docx.Paragraph("{{ with.if }} {{ matter.do }} {{ matter.in }} {{ matter.this }} {{ case[\"number\"] | string.upcase }}")
            + Docx.Paragraph("{{ \"case.number\" }} {{ case.judge }}");
        var footer = Docx.Paragraph("{{ case.number }}");

        var (docx, report) = await Render.DocxAsync(Docx.Package(body, footerXml: footer), Data);

        OpenXmlValidation.ShouldBeValid(docx);
        DocxText.DraftParagraphs(docx).Should().Equal(
            "Case No. 1:26-cv-00042",
            "Caption: Okafor v. USCIS",
            "Jan. 2; Feb. 3; ",
            "W D I T 1:26-CV-00042",
            "case.number [MISSING: case.judge]");
        report.MissingValues.Should().ContainSingle().Which.Name.Should().Be("case.judge");
        DocxText.PartNames(docx).Where(p => p.Contains("footer", StringComparison.Ordinal)).SelectMany(p => DocxText.Paragraphs(docx, p))
            .Should().Contain(p => p.Contains("1:26-cv-00042", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Load_KeywordAloneWhereDataWasMeant_IsOneSyntaxErrorAtItsTag()
    {
        var act = () => Render.LoadAsync(Docx.Package(Docx.Paragraph("Intro") + Docx.Paragraph("Case: ", "{{ case }}")), "complaint.docx");

        var error = (await act.Should().ThrowAsync<TemplateException>()).Which.Diagnostics.Should().ContainSingle().Which;
        error.ToString().Should().StartWith("complaint.docx/word/document.xml(¶2,7): error PK2011: ‘case’ is a reserved word in templates: alone in a tag it is the start of a statement, not data named ‘case’.");
        error.Tag.Should().Be("{{ case }}");
    }

    [Fact]
    public async Task CheckPetitionModel_KeywordPaths_AreCheckedAndReportedAsWritten()
    {
        var template = await Render.LoadAsync(Docx.Package(
            Docx.Paragraph("{{ case.number }}") + Docx.Paragraph("{{ if relief.if }}x{{ end }}") + Docx.Paragraph("{{ relief.do }}")));

        var errors = template.CheckPetitionModel();

        errors.Select(e => (e.Code, e.Location!.Value.Paragraph, e.Tag)).Should().Equal(
            ("PK2030", 1, "{{ case.number }}"), ("PK2030", 2, "{{ if relief.if }}"), ("PK2030", 3, "{{ relief.do }}"));
        errors[0].Message.Should().StartWith("‘case’ is not in the petition model");
        errors[1].Message.Should().StartWith("‘relief.if’ is not in the petition model.");
        errors[2].Message.Should().StartWith("‘relief.do’ is not in the petition model.");
    }
}
