using PetitionKit.Model;
using PetitionKit.Tests.Model;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;

namespace PetitionKit.Tests.Petitions;

/// <summary>The checklist sends the attorney to the place the draft printed a field, never to a paragraph a false
/// condition left out of this draft.</summary>
public sealed class FieldPlaceDraftTests
{
    private const string Ssn = "Lost her coverage; SSN 123-45-6789.";

    private static readonly string Body =
        Docx.StyledParagraph("Heading1", "CASE NUMBER")
        + Docx.Paragraph("{{ if court.case_number }}{{ harms[0].description }}{{ end }}")
        + Docx.StyledParagraph("Heading1", "HARMS")
        + Docx.Paragraph("{{ harms[0].description }}")
        + Docx.StyledParagraph("Heading1", "BIRTH")
        + Docx.Paragraph("{{ if court.case_number }}{{ petitioner.birth_year }}{{ end }}");

    [Theory]
    [InlineData(false, "first printed at body, under “HARMS”")]
    [InlineData(true, "first printed at body, under “CASE NUMBER”")]
    public async Task Draft_FieldReadUnderAFalseConditionFirst_IsPlacedWhereItPrinted(bool numbered, string expected)
    {
        var report = await DraftAsync(numbered);

        report.Checklist.Where(i => string.Equals(i.Field, "harms[0].description", StringComparison.Ordinal))
            .Should().NotBeEmpty().And.OnlyContain(i => i.Location == expected);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public async Task Draft_RedactionNote_IsKeptOnlyWhenTheRedactedValuePrinted(bool numbered, bool noted)
    {
        var report = await DraftAsync(numbered);

        report.Checklist.Any(i => string.Equals(i.Reference, "petitioners[0].date_of_birth", StringComparison.Ordinal)).Should().Be(noted);
    }

    private static async Task<RenderReport> DraftAsync(bool numbered)
    {
        var complete = SamplePetitions.Complete();
        var petition = complete with
        {
            Harms = [new Harm { Kind = HarmKind.Health, Description = Ssn }],
            Court = complete.Court with { CaseNumber = numbered ? "3:26-cv-01234" : null },
        };
        var template = await Render.LoadAsync(Docx.Package(Body));
        using var output = new MemoryStream();
        return await PetitionDrafter.DraftAsync(petition, template, output, new RenderOptions { AsOf = SamplePetitions.AsOf }, cancellationToken: TestContext.Current.CancellationToken);
    }
}
