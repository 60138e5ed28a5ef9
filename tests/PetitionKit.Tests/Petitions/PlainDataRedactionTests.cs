using PetitionKit.Tests.TestSupport;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Tests.Petitions;

/// <summary>Plain JSON data has no model to say what a value is; a key that names an identifier does, and the draft
/// masks it as it masks a petition's (Fed. R. Civ. P. 5.2).</summary>
public sealed class PlainDataRedactionTests
{
    private static readonly string Body =
        Docx.Paragraph("{{ client.ssn }} | {{ client.dateOfBirth }} | {{ client.a_number }} | {{ family[0].DOB }} | {{ family[0]['alien-number'] }} | {{ client.name }}");

    [Fact]
    public async Task Render_ValuesWhoseKeysNameAnIdentifier_AreMaskedAsAPetitionsAre()
    {
        var (docx, report) = await Render.DocxAsync(Docx.Package(Body), """
            {"client": {"ssn": "123-45-6789", "dateOfBirth": "1985-04-09", "a_number": "A012345678", "name": "Ana Ortiz"},
             "family": [{"DOB": "2015-01-31", "alien-number": "No. 12-3456"}]}
            """);

        DocxText.DraftParagraphs(docx)[0].Should().Be("XXX-XX-6789 | 1985 | AXXX-XXX-678 | 2015 | No. XX-X456 | Ana Ortiz");
        report.Checklist.Where(i => i.Category == ChecklistCategory.AlteredValue).Select(i => i.Reference)
            .Should().Equal("client.ssn", "client.dateOfBirth, family[0].DOB", "client.a_number, family[0].alien-number");
        report.Checklist.Should().Contain(i => i.Reference == "client.ssn" && i.Text.Contains("last four digits only (Fed. R. Civ. P. 5.2(a)(1))", StringComparison.Ordinal));
        report.Checklist.Should().NotContain(i => i.Category == ChecklistCategory.Privacy, "nothing unmasked is left for the scan to find");
    }

    [Fact]
    public async Task Render_IdentifierUnderAKeyThatDoesNotNameIt_IsPrintedAndFlaggedByTheScan()
    {
        var (docx, report) = await Render.DocxAsync(Docx.Package(Docx.Paragraph("Number {{ client.number }}.")), """{"client": {"number": "123-45-6789"}}""");

        DocxText.DraftParagraphs(docx)[0].Should().Be("Number 123-45-6789.");
        report.Checklist.Should().ContainSingle(i => i.Category == ChecklistCategory.Privacy);
    }
}
