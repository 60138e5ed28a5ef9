using PetitionKit.Model;
using PetitionKit.Tests.Model;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Validation;
using PetitionKit.Word;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Tests.Validation;

public sealed class FreeTextAuthorityAndOutcomeTests
{
    private static readonly Petition Complete = SamplePetitions.Complete();

    private static IReadOnlyList<Diagnostic> Errors(Petition petition) =>
        [.. PetitionValidator.Validate(petition, SamplePetitions.AsOf).Issues.Where(i => i.Severity == DiagnosticSeverity.Error)];

    private static Petition Foia(params string[] requests) => Complete with
    {
        CaseType = CaseType.FoiaRecords,
        Claims = [],
        // A FOIA suit names the agency, never its officials (PK1061), and carries no USCIS receipt number (PK1062).
        Officials = [new Official { Title = Complete.Agency, Agency = Complete.Agency, Role = OfficialRole.Agency }],
        Application = Complete.Application with { ReceiptNumber = null },
        Duty = new DutyOwed { LegalSources = ["5-usc-552-a-4-b"], Description = "to make a determination on the FOIA request and produce the records" },
        Relief = new ReliefRequest { Requests = requests },
    };

    [Theory]
    [InlineData("harms")]
    [InlineData("duty")]
    [InlineData("timeline")]
    [InlineData("exhibit")]
    [InlineData("relief")]
    public void Validate_DeniedAuthorityInAnyFreeTextField_IsPK1080WithThatPath(string field)
    {
        const string Cite = "As in Alvarez v. ICE, the delay is unreasonable.";
        var (petition, path) = field switch
        {
            "harms" => (Complete with { Harms = [Complete.Harms[0] with { Description = Cite }] }, "harms[0].description"),
            "duty" => (Complete with { Duty = Complete.Duty with { Description = Cite } }, "duty.description"),
            "timeline" => (Complete with { Timeline = [Complete.Timeline[0], Complete.Timeline[1] with { Outcome = Cite }] }, "timeline[1].outcome"),
            "exhibit" => (Complete with { Exhibits = [.. Complete.Exhibits.SkipLast(1), Complete.Exhibits[^1] with { Title = "Alvarez v. U.S. ICE, 818 F.3d 1194" }] }, "exhibits[3].title"),
            _ => (Complete with { Relief = Complete.Relief with { Requests = [Complete.Relief.Requests[0], Cite] } }, "relief.requests[1]"),
        };

        var error = Errors(petition).Should().ContainSingle().Subject;

        (error.Code, error.Path).Should().Be(("PK1080", path));
        error.Message.Should().Contain("818 F.3d 1194").And.Contain("Bivens");
    }

    [Fact]
    public void Validate_DeniedAuthorityAsALegalSource_IsReportedOnceAtTheSource()
    {
        var petition = Complete with { Duty = Complete.Duty with { LegalSources = ["Alvarez v. ICE"] } };

        Errors(petition).Should().ContainSingle().Which.Path.Should().Be("duty.legal_sources[0]");
    }

    [Theory]
    [InlineData("to approve the Form I-130")]
    [InlineData("to grant the petition and issue a green card")]
    [InlineData("to adjudicate and, if necessary, approve the Form I-130")]
    [InlineData("once the interview is held, to approve the Form I-130")]
    public void Validate_OutcomeInTheDutyDescription_IsPK1050(string description)
    {
        var petition = Complete with { Duty = Complete.Duty with { Description = description } };

        Errors(petition).Should().ContainSingle().Which.Should().Match<Diagnostic>(i => i.Code == "PK1050" && i.Path == "duty.description");
    }

    [Theory]
    [InlineData("to decide whether to approve or deny the Form I-130")]
    [InlineData("to adjudicate the Form I-130 and issue a decision")]
    [InlineData("to adjudicate the Form I-130 and, upon approving the petition, to forward it to the National Visa Center")]
    [InlineData("to adjudicate the Form I-130 and, if the petition is approved, to forward it to the National Visa Center")]
    [InlineData("to adjudicate the Form I-130 and, once approved, to forward it to the National Visa Center")]
    [InlineData("to adjudicate the Form I-130 and, after approval, to forward it to the National Visa Center")]
    public void Validate_DecisionInTheDutyDescription_IsFine(string description)
    {
        Errors(Complete with { Duty = Complete.Duty with { Description = description } }).Should().BeEmpty();
    }

    [Fact]
    public void Validate_OutcomeInAHarm_IsAFactNotARequest()
    {
        var petition = Complete with { Harms = [Complete.Harms[0] with { Description = "Without an approved petition the couple cannot live together." }] };

        Errors(petition).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Order Defendant to grant the fee waiver.")]
    [InlineData("Order Defendant to grant expedited processing.")]
    [InlineData("Order Defendant to grant Plaintiff's request for a waiver of fees.")]
    [InlineData("Order Defendant to produce the records and issue a determination releasing the documents.")]
    public void Validate_FoiaFeeWaiverExpeditedProcessingOrProduction_IsProperRelief(string request)
    {
        Errors(Foia(request)).Should().BeEmpty();
    }

    [Fact]
    public void Validate_FoiaAskingToGrantABenefit_IsStillPK1050()
    {
        Errors(Foia("Order Defendant to approve the asylum application.")).Should().ContainSingle()
            .Which.Should().Match<Diagnostic>(i => i.Code == "PK1050" && i.Path == "relief.requests[0]");
    }

    [Fact]
    public void Validate_NonFoiaAskingToGrantExpeditedProcessing_IsPK1050()
    {
        var petition = Complete with { Relief = Complete.Relief with { Requests = ["Order Defendants to grant expedited processing."] } };

        Errors(petition).Should().ContainSingle().Which.Code.Should().Be("PK1050");
    }

    [Fact]
    public void Validate_1447bDetermineOrRemand_IsProperRelief()
    {
        var petition = Cli.PetitionFiles.Naturalization() with
        {
            Relief = new ReliefRequest { Requests = ["Determine the matter and grant the application for naturalization, or remand it with instructions."], DetermineMatter = true },
            Duty = new DutyOwed { LegalSources = ["8-usc-1447-b"], Description = "to determine the matter or remand it" },
        };

        Errors(petition).Should().BeEmpty();
    }

    [Fact]
    public async Task DraftAsync_DeniedAuthorityInAHarm_IsRefusedWithTheErrorAndPath()
    {
        var petition = Complete with { Harms = [Complete.Harms[0] with { Description = "Courts ordered relief in Alvarez v. ICE." }] };
        var template = await Render.LoadAsync(Docx.Package(Docx.Paragraph("{{ harms[0].description }}")));
        using var output = new MemoryStream();

        var act = () => PetitionDrafter.DraftAsync(petition, template, output, new RenderOptions { AsOf = SamplePetitions.AsOf }, cancellationToken: TestContext.Current.CancellationToken);

        (await act.Should().ThrowAsync<PetitionValidationException>()).Which.Report.Issues.Should().ContainSingle(i => i.Severity == DiagnosticSeverity.Error)
            .Which.Should().Match<Diagnostic>(i => i.Code == "PK1080" && i.Path == "harms[0].description");
        output.Length.Should().Be(0);
    }

    [Fact]
    public async Task DraftAsync_OutcomeInTheDutyDescription_IsRefusedWithTheErrorAndPath()
    {
        var petition = Complete with { Duty = Complete.Duty with { Description = "to approve the Form I-130" } };
        var template = await Render.LoadAsync(Docx.Package(Docx.Paragraph("{{ duty.description }}")));
        using var output = new MemoryStream();

        var act = () => PetitionDrafter.DraftAsync(petition, template, output, new RenderOptions { AsOf = SamplePetitions.AsOf }, cancellationToken: TestContext.Current.CancellationToken);

        (await act.Should().ThrowAsync<PetitionValidationException>()).Which.Report.Issues.Should().ContainSingle(i => i.Severity == DiagnosticSeverity.Error)
            .Which.Should().Match<Diagnostic>(i => i.Code == "PK1050" && i.Path == "duty.description");
    }
}
