using PetitionKit.Model;
using PetitionKit.Tests.Model;
using PetitionKit.Validation;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Tests.Validation;

public sealed class FoiaRulesTests
{
    private static readonly Petition Foia = FoiaPetitions.Organization();

    private static readonly DateOnly AsOf = new(2026, 7, 15);

    [Fact]
    public void Validate_OrganizationFoiaPetition_HasNoIssues()
    {
        var report = Check(Foia);

        report.Issues.Should().BeEmpty();
    }

    [Fact]
    public void Validate_FoiaNamingAnOfficial_ReportsPK1061AtItsRole()
    {
        var petition = Foia with
        {
            Officials = [.. Foia.Officials, new Official { Title = "Director, U.S. Immigration and Customs Enforcement", Agency = "U.S. Immigration and Customs Enforcement", Role = OfficialRole.DirectorIce }],
        };

        var issue = ExpectSingle(petition, "PK1061", DiagnosticSeverity.Error, "officials[1].role");

        issue.Message.Should().Contain("never its officials").And.Contain("5 U.S.C. § 552(a)(4)(B)");
    }

    [Fact]
    public void Validate_FoiaAgencyEntryWithAnOfficialsTitle_ReportsPK1061AtItsTitle()
    {
        var petition = Foia with
        {
            Officials = [new Official { Title = "Acting Director, U.S. Immigration and Customs Enforcement", Agency = "U.S. Immigration and Customs Enforcement", Role = OfficialRole.Agency }],
        };

        ExpectSingle(petition, "PK1061", DiagnosticSeverity.Error, "officials[0].title");
    }

    [Fact]
    public void Validate_FoiaAgencyEntryWithAPersonsName_ReportsPK1061AtThePersonName()
    {
        var petition = Foia with
        {
            Officials = [Foia.Officials[0] with { PersonName = "A. Director", NameAsOf = new DateOnly(2026, 7, 1) }],
        };

        ExpectSingle(petition, "PK1061", DiagnosticSeverity.Error, "officials[0].person_name");
    }

    [Fact]
    public void Validate_FoiaTrackingNumberInTheReceiptNumberField_IsNotCheckedAsAReceiptButMovedWithPK1062()
    {
        var petition = Foia with
        {
            Application = Foia.Application with { ReceiptNumber = "2026-ICFO-01234" },
            Foia = Foia.Foia! with { TrackingNumber = null },
        };

        var issue = ExpectSingle(petition, "PK1062", DiagnosticSeverity.Warning, "application.receipt_number");

        issue.Message.Should().Contain("foia.tracking_number");
    }

    [Fact]
    public void Validate_FeeWaiverDecidedBeforeItWasAsked_ReportsPK1063()
    {
        var petition = Foia with
        {
            Foia = Foia.Foia! with { FeeWaiver = Foia.Foia.FeeWaiver! with { DecidedOn = new DateOnly(2026, 5, 1) } },
        };

        ExpectSingle(petition, "PK1063", DiagnosticSeverity.Error, "foia.fee_waiver.decided_on");
    }

    [Fact]
    public void Validate_ExpediteExhibitThatDoesNotExist_ReportsPK1112()
    {
        var petition = Foia with
        {
            Foia = Foia.Foia! with { ExpeditedProcessing = Foia.Foia.ExpeditedProcessing! with { ExhibitLabel = "Z" } },
        };

        ExpectSingle(petition, "PK1112", DiagnosticSeverity.Error, "foia.expedited_processing.exhibit_label");
    }

    [Fact]
    public void Validate_ComponentReceiptAfterTheAsOfDate_ReportsPK1020()
    {
        var petition = Foia with { Foia = Foia.Foia! with { ComponentReceivedOn = new DateOnly(2026, 8, 1) } };

        ExpectSingle(petition, "PK1020", DiagnosticSeverity.Error, "foia.component_received_on");
    }

    [Fact]
    public void Validate_OrganizationSignedProSe_WarnsPK1064()
    {
        var petition = Foia with { Signer = Foia.Signer! with { Kind = SignerKind.ProSe, BarNumber = null } };

        var issues = Check(petition).Issues;

        issues.Should().Contain(i => i.Code == "PK1064" && i.Path == "petitioners[0].organization" && i.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Validate_FoiaFactsOnAnotherCaseType_WarnsPK1066()
    {
        var petition = SamplePetitions.Complete() with { Foia = new FoiaRequest { TrackingNumber = "X-1" } };

        var issues = PetitionValidator.Validate(petition, SamplePetitions.AsOf, FakeCatalog.Instance).Issues;

        issues.Should().Contain(i => i.Code == "PK1066" && i.Path == "foia");
    }

    [Fact]
    public void Validate_OrganizationOutsideTheDistrictOfItsPrincipalPlaceOfBusiness_ReportsPK1041WithTheFoiaRule()
    {
        var petition = Foia with { Court = new Court { CourtId = "cand" } };

        var issue = ExpectSingle(petition, "PK1041", DiagnosticSeverity.Error, "court.court_id");

        issue.Message.Should().Contain("principal place of business").And.Contain("5 U.S.C. § 552(a)(4)(B)");
    }

    private static ValidationReport Check(Petition petition) => PetitionValidator.Validate(petition, AsOf);

    private static Diagnostic ExpectSingle(Petition petition, string code, DiagnosticSeverity severity, string path)
    {
        var issues = Check(petition).Issues;
        issues.Should().ContainSingle($"only {code} should be reported, but found: {string.Join("; ", issues)}");
        var issue = issues[0];
        issue.Code.Should().Be(code);
        issue.Severity.Should().Be(severity);
        issue.Path.Should().Be(path);
        return issue;
    }
}
