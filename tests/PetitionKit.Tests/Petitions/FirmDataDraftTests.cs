using System.Text.Json;
using PetitionKit.Model;
using PetitionKit.Tests.Model;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Tests.Petitions;

/// <summary>The organization's own data beside the petition (<c>firm.*</c>): printed where a template reads it, a gap
/// where it lacks a key, scanned for identifiers like any printed text, and refused with a clear error when it is not
/// an object or holds broken text.</summary>
public sealed class FirmDataDraftTests
{
    private static readonly string Body =
        Docx.Paragraph("{{ firm.name }} · Matter {{ firm.matter_number }}")
        + Docx.Paragraph("{{ if firm.phone }}Telephone {{ firm.phone }}{{ end }}")
        + Docx.Paragraph("For {{ petitioners[0].name }}.");

    private static Petition Valid() =>
        SamplePetitions.Complete() is var petition ? petition with { Duty = petition.Duty with { LegalSources = ["5-usc-555-b", "5-usc-706-1"] } } : null!;

    private static async Task<(byte[] Docx, RenderReport Report)> DraftAsync(string? firm)
    {
        var template = await Render.LoadAsync(Docx.Package(Body));
        template.CheckPetitionModel().Should().BeEmpty("every path under firm is allowed");
        using var output = new MemoryStream();
        using var document = firm is null ? null : JsonDocument.Parse(firm);
        var report = await PetitionDrafter.DraftAsync(Valid(), template, output, new RenderOptions { AsOf = SamplePetitions.AsOf },
            firm: document?.RootElement, cancellationToken: TestContext.Current.CancellationToken);
        return (output.ToArray(), report);
    }

    [Fact]
    public async Task Draft_FirmData_IsPrintedAndAMissingKeyIsAVisibleGap()
    {
        var (docx, report) = await DraftAsync("""{"name": "Piedmont Legal Aid", "phone": "(704) 555-0100"}""");

        OpenXmlValidation.ShouldBeValid(docx);
        DocxText.DraftParagraphs(docx).Should().StartWith(["Piedmont Legal Aid · Matter [MISSING: firm.matter_number]", "Telephone (704) 555-0100"]);
        report.MissingValues.Select(m => m.Name).Should().Equal("firm.matter_number");
    }

    [Fact]
    public async Task Draft_NoFirmData_LeavesGapsAndSkipsWhatIsGuarded()
    {
        var (docx, report) = await DraftAsync(null);

        DocxText.DraftParagraphs(docx).Should().StartWith(["[MISSING: firm.name] · Matter [MISSING: firm.matter_number]", string.Empty]);
        report.MissingValues.Select(m => m.Name).Should().Equal("firm.name", "firm.matter_number");
    }

    [Fact]
    public async Task Draft_FirmDataHoldingAnSsn_IsFlaggedByThePrivacyScan()
    {
        var (_, report) = await DraftAsync("""{"name": "Piedmont Legal Aid", "matter_number": "123-45-6789"}""");

        report.Checklist.Should().Contain(i => i.Category == ChecklistCategory.Privacy && i.Text.Contains("full SSN", StringComparison.Ordinal) && i.Location!.Contains("Matter", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Draft_FirmDataThatIsNotAnObject_IsRefusedNamingTheArgument()
    {
        var act = () => DraftAsync("""["Piedmont Legal Aid"]""");

        (await act.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("The firm data must be a JSON object, not Array.");
    }

    [Fact]
    public async Task Draft_FirmDataWithBrokenText_IsPK3007AtItsPathUnderFirm()
    {
        var act = () => DraftAsync("""{"name": "Piedmont \ud800 Legal Aid"}""");

        var error = (await act.Should().ThrowAsync<TemplateException>()).Which.Diagnostics.Should().ContainSingle().Subject;
        error.Code.Should().Be("PK3007");
        error.Message.Should().Contain("$.firm.name");
    }
}
