using PetitionKit.Catalogs;
using PetitionKit.Deadlines;
using PetitionKit.Model;
using PetitionKit.Tests.Model;
using PetitionKit.Validation;

namespace PetitionKit.Tests.Validation;

/// <summary>The public entry points read the shipped catalogs.</summary>
public sealed class ShippedCatalogTests
{
    private static readonly Petition Complete = SamplePetitions.Complete() with
    {
        Duty = new DutyOwed { LegalSources = ["5-usc-555-b", "5-usc-706-1"] },
    };

    [Theory]
    [InlineData("EAC-22-123-45678", "Vermont Service Center")]
    [InlineData("LIN2109050001", "Nebraska Service Center")]
    [InlineData("PSC2212345678", null)] // named as Potomac by one third-party page only: unknown, not guessed
    public void ReceiptOffices_ForReceiptNumber_DecodesTheOfficeFromTheShippedCatalog(string text, string? office)
    {
        (ReceiptOffices.ForReceiptNumber(text)?.OfficeName).Should().Be(office);
    }

    [Fact]
    public void Validate_CompletePetition_HasNoErrorsAgainstTheShippedCatalog()
    {
        var report = PetitionValidator.Validate(Complete, SamplePetitions.AsOf);

        report.HasErrors.Should().BeFalse(report.ToString());
    }

    [Fact]
    public void Validate_DeniedCitation_IsAnErrorAgainstTheShippedCatalog()
    {
        var petition = Complete with { Duty = new DutyOwed { LegalSources = ["Alvarez v. ICE"] } };

        var issue = PetitionValidator.Validate(petition, SamplePetitions.AsOf).Issues.Should().ContainSingle().Subject;

        issue.Code.Should().Be("PK1080");
        issue.Path.Should().Be("duty.legal_sources[0]");
        issue.Message.Should().Contain("818 F.3d 1194");
    }

    [Fact]
    public void Validate_WrongDistrictAgainstTheShippedCatalog_IsAVenueError()
    {
        var petition = Complete with { Court = new Court { CourtId = "vtd" } };

        PetitionValidator.Validate(petition, SamplePetitions.AsOf).Issues.Should().ContainSingle()
            .Which.Code.Should().Be("PK1041");
    }

    [Fact]
    public void Validate_CivilRights_AddsTheCatalogsRoute()
    {
        var petition = Complete with { CaseType = CaseType.CivilRightsComplaint };

        var issue = PetitionValidator.Validate(petition, SamplePetitions.AsOf).Issues.Should().ContainSingle().Subject;

        issue.Code.Should().Be("PK1100");
        issue.Message.Should().Contain("FOIA").And.Contain("foia_records");
        issue.Message.Split("FOIA suit").Should().HaveCount(2, "the route is given once, from the catalog");
    }

    [Fact]
    public void Summarize_I130_ShowsTheSenseOfCongressClockAsAnExpectation()
    {
        var summary = DelayCalculator.Summarize(Complete, SamplePetitions.AsOf);

        var clock = summary.StatutoryClocks.Should().ContainSingle().Subject;
        clock.AuthorityId.Should().Be("8-usc-1571-b");
        clock.IsHortatory.Should().BeTrue();
        clock.EndsOn.Should().Be(new DateOnly(2022, 8, 28));
        summary.Trac[1].Facts.Should().ContainSingle().Which.Text.Should().Contain("not a deadline");
    }

    [Fact]
    public void Summarize_Foia_CountsTheWorkingDayClock()
    {
        var petition = Complete with { CaseType = CaseType.FoiaRecords, Claims = [Claim.Foia] };

        var summary = DelayCalculator.Summarize(petition, SamplePetitions.AsOf);

        var clock = summary.StatutoryClocks.Should().ContainSingle(c => c.Days == null).Subject;
        clock.EndsOn.Should().Be(summary.Foia!.EndsOn);
        clock.DaysPast.Should().Be(summary.Foia.DaysPast);
        summary.Trac.Should().BeEmpty("FOIA has its own clock and remedy; the TRAC factors weigh an unreasonable delay");
    }
}
