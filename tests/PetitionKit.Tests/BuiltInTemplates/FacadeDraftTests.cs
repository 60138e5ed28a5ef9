using PetitionKit.Model;
using PetitionKit.Tests.Model;
using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.BuiltInTemplates;

/// <summary>Drafts real petitions through <see cref="PetitionDrafter.DraftAsync"/> with the committed templates, so the
/// templates are checked against the view the facade actually builds.</summary>
public sealed class FacadeDraftTests
{
    [Fact]
    public async Task DraftAsync_SampleI130WithUscisDelay_IsCompleteValidAndAsksForAdjudication()
    {
        var petition = SamplePetitions.Complete();
        petition = petition with { Duty = petition.Duty with { LegalSources = ["8-usc-1154-b", "5-usc-555-b"] } };
        var template = await BuiltInTemplateRender.LoadAsync("uscis-delay");
        using var output = new MemoryStream();

        var report = await PetitionDrafter.DraftAsync(petition, template, output, new RenderOptions { AsOf = SamplePetitions.AsOf }, TestContext.Current.CancellationToken);

        var docx = output.ToArray();
        var text = string.Join("\n", DocxText.DraftParagraphs(docx)).Replace('\u00A0', ' ');
        report.MissingValues.Select(m => m.ToString()).Should().BeEmpty();
        text.Should().NotContain("[MISSING");
        OpenXmlValidation.ShouldBeValid(docx);
        text.Should().Contain("COUNT I\n").And.Contain("COUNT II\n").And.Contain("order Defendants to adjudicate the I-130");
        text.Should().NotContain("approve the");
    }

    [Theory]
    [InlineData("naturalization-1447b")]
    [InlineData("consular-delay")]
    [InlineData("foia")]
    public async Task DraftAsync_SamplePetitionForEachOtherTemplate_IsCompleteAndValid(string id)
    {
        var sample = SamplePetitions.Complete();
        var petition = id switch
        {
            "naturalization-1447b" => sample with
            {
                CaseType = CaseType.N400PostInterview1447b,
                Claims = [Claim.Naturalization1447b],
                Petitioners = [sample.Petitioners[0]],
                Application = sample.Application with { Form = "N-400", Category = null, ReceiptNumber = "IOE0912345678" },
                Timeline = [new TimelineEvent { Date = new DateOnly(2024, 10, 1), Kind = TimelineEventKind.Interview, ExhibitLabel = "B" }],
                Duty = new DutyOwed { LegalSources = ["8-usc-1447-b"] },
                Relief = new ReliefRequest { DecideWithinDays = 30 },
            },
            "consular-delay" => sample with
            {
                CaseType = CaseType.Ds260AdministrativeProcessing,
                Agency = "U.S. Department of State",
                Officials = [new Official { Title = "Secretary of State", Agency = "U.S. Department of State", Role = OfficialRole.SecretaryOfState }],
                Application = sample.Application with { Form = "DS-260", ReceiptNumber = null },
                Timeline = [.. sample.Timeline, new TimelineEvent { Date = new DateOnly(2023, 2, 1), Kind = TimelineEventKind.AdministrativeProcessingRefusal }],
                Duty = new DutyOwed { LegalSources = ["8-usc-1202-b", "22-cfr-42-81-a"] },
            },
            _ => sample with
            {
                CaseType = CaseType.FoiaRecords,
                Claims = [Claim.Foia],
                Agency = "U.S. Citizenship and Immigration Services",
                Officials = [],
                Petitioners = [sample.Petitioners[0] with { Role = PetitionerRole.Requester }],
                Application = sample.Application with { Form = "FOIA request", Category = "the complete Alien File (A-file) of Plaintiff", ReceiptNumber = "NRC2025000123" },
                Duty = new DutyOwed { LegalSources = ["5-usc-552-a-3-a"] },
                Relief = new ReliefRequest { DecideWithinDays = 20 },
            },
        };
        var template = await BuiltInTemplateRender.LoadAsync(id);
        using var output = new MemoryStream();

        var report = await PetitionDrafter.DraftAsync(petition, template, output, new RenderOptions { AsOf = SamplePetitions.AsOf }, TestContext.Current.CancellationToken);

        var docx = output.ToArray();
        report.MissingValues.Select(m => m.ToString()).Should().BeEmpty();
        OpenXmlValidation.ShouldBeValid(docx);
        var text = string.Join("\n", DocxText.DraftParagraphs(docx));
        text.Should().Contain("PRAYER FOR RELIEF").And.NotContain("[MISSING");
    }
}
