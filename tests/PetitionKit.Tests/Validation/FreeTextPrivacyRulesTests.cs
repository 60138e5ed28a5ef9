using PetitionKit.Model;
using PetitionKit.Tests.Model;
using PetitionKit.Validation;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Tests.Validation;

public sealed class FreeTextPrivacyRulesTests
{
    private static readonly Petition Complete = SamplePetitions.Complete();

    private static readonly Petitioner Minor = new() { Name = "Sofia Elena Lopez", Role = PetitionerRole.Derivative, IsMinor = true, DateOfBirth = new DateOnly(2015, 7, 1) };

    private static IReadOnlyList<Diagnostic> Privacy(Petition petition) =>
        [.. PetitionValidator.Validate(petition, SamplePetitions.AsOf).Issues.Where(i => FreeTextPrivacyRules.IsOwnCode(i.Code))];

    [Fact]
    public void Validate_FullSsnInAHarm_WarnsPK1150WithTheHarmsPath()
    {
        var petition = Complete with { Harms = [new Harm { Kind = HarmKind.Work, Description = "Her employer asked for SSN 123-45-6789 again." }] };

        var issue = Privacy(petition).Should().ContainSingle().Subject;

        (issue.Code, issue.Severity, issue.Path).Should().Be(("PK1150", DiagnosticSeverity.Warning, "harms[0].description"));
        issue.Message.Should().Contain("last four digits").And.NotContain("6789");
    }

    [Theory]
    [InlineData("Maria was born on March 2, 1986, in Oaxaca.")]
    [InlineData("DOB: 03/02/1986.")]
    [InlineData("Her date of birth is 1986-03-02.")]
    [InlineData("She was born in Oaxaca, Mexico, on 2 March 1986.")]
    public void Validate_DateGovernedByABirthPhrase_WarnsPK1151(string outcome)
    {
        var petition = Complete with { Timeline = [Complete.Timeline[0] with { Outcome = outcome }] };

        var issue = Privacy(petition).Should().ContainSingle().Subject;

        (issue.Code, issue.Path).Should().Be(("PK1151", "timeline[0].outcome"));
    }

    [Fact]
    public void Validate_APetitionersKnownBirthDateWithNoBirthWord_WarnsPK1151()
    {
        var petition = Complete with { Exhibits = [.. Complete.Exhibits, new Exhibit { Label = "E", Title = "Passport issued to her, showing April 9, 1985" }] };

        Privacy(petition).Should().ContainSingle().Which.Should().Match<Diagnostic>(i => i.Code == "PK1151" && i.Path == "exhibits[4].title");
    }

    [Theory]
    [InlineData("Their son, born in 2019, was added to the case; the RFE response was sent on March 3, 2024.")]
    [InlineData("After the baby was born, counsel sent the RFE response on March 3, 2024.")]
    [InlineData("The birth certificate was filed with the RFE response on 03/03/2024.")]
    public void Validate_RfeResponseDateNearTheWordBorn_IsNotADateOfBirth(string description)
    {
        var petition = Complete with
        {
            Timeline = [.. Complete.Timeline, new TimelineEvent { Date = new DateOnly(2024, 3, 3), Kind = TimelineEventKind.RfeResponse, Description = description }],
        };

        Privacy(petition).Should().BeEmpty();
    }

    [Fact]
    public void Validate_MinorsFullNameInTheDutyDescription_WarnsPK1152()
    {
        var petition = Complete with
        {
            Petitioners = [.. Complete.Petitioners, Minor],
            Duty = Complete.Duty with { Description = "to adjudicate the petition filed for Sofia Elena Lopez and her parents" },
        };

        Privacy(petition).Should().ContainSingle().Which.Should().Match<Diagnostic>(i => i.Code == "PK1152" && i.Path == "duty.description");
    }

    [Fact]
    public void Validate_MinorsGivenNameAloneInAHarm_WarnsPK1152AndTheDraftShowsInitials()
    {
        var petition = Complete with
        {
            Petitioners = [.. Complete.Petitioners, Minor],
            Harms = [new Harm { Kind = HarmKind.Other, Description = "All three attended biometrics, including Sofia, who cannot enroll in a scholarship program." }],
        };

        Privacy(petition).Should().ContainSingle().Which.Should().Match<Diagnostic>(i => i.Code == "PK1152" && i.Path == "harms[0].description");
        PetitionKit.Petitions.MaskedFreeText.Of(petition, RedactionOptions.Default).Petition.Harms[0].Description
            .Should().Be("All three attended biometrics, including S.E.L., who cannot enroll in a scholarship program.");
    }

    [Theory]
    [InlineData("The sofia cushion and the May 2024 notice are exhibits.", "Sofia Elena Lopez")]
    [InlineData("Maria has waited three years for her own decision.", "Maria Elena Lopez")]
    [InlineData("The notice of May 3, 2024 is attached.", "May Elena Lopez")]
    public void Validate_AWordThatIsNotTheMinorsGivenNameAsAName_WarnsNothing(string description, string minorName)
    {
        // Lower case is not the name; an adult petitioner (Maria Lopez) sharing it keeps hers; a month is a date.
        var petition = Complete with
        {
            Petitioners = [.. Complete.Petitioners, Minor with { Name = minorName }],
            Harms = [new Harm { Kind = HarmKind.Other, Description = description }],
        };

        Privacy(petition).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Copy of the notice for A012-345-678.")]
    [InlineData("Notice, A-number: 012345678.")]
    [InlineData("Notice for A# 12345678.")]
    public void Validate_ANumberInAnExhibitTitle_WarnsPK1153(string title)
    {
        var petition = Complete with { Exhibits = [Complete.Exhibits[0] with { Title = title }, .. Complete.Exhibits.Skip(1)] };

        Privacy(petition).Should().ContainSingle().Which.Should().Match<Diagnostic>(i => i.Code == "PK1153" && i.Path == "exhibits[0].title");
    }

    [Fact]
    public void Validate_APetitionersOwnANumberWithoutItsA_IsAnANumberNotAnSsn()
    {
        var petition = Complete with { Relief = Complete.Relief with { Requests = ["Order Defendants to adjudicate the I-130 filed for 012345678."] } };

        Privacy(petition).Should().ContainSingle().Which.Should().Match<Diagnostic>(i => i.Code == "PK1153" && i.Path == "relief.requests[0]");
    }

    [Fact]
    public void Validate_MaskedValuesAndTheStructuredFields_WarnNothing()
    {
        var petition = Complete with
        {
            Petitioners = [Complete.Petitioners[0] with { Ssn = "123-45-6789" }, Complete.Petitioners[1], Minor],
            Harms = [new Harm { Kind = HarmKind.Work, Description = "S.E.L., born in 2015, needs her SSN (XXX-XX-6789) and A-number AXXX-XXX-678 on file." }],
        };

        Privacy(petition).Should().BeEmpty();
    }

    [Fact]
    public void Validate_EveryKindInOnePetition_AreAllReportedTogetherWithTheOtherIssues()
    {
        var petition = Complete with
        {
            Signer = null,
            Petitioners = [.. Complete.Petitioners, Minor],
            Harms = [new Harm { Kind = HarmKind.Other, Description = "Sofia Lopez (DOB 07/01/2015, SSN 123-45-6789, A012345678) cannot enroll." }],
        };

        var report = PetitionValidator.Validate(petition, SamplePetitions.AsOf);

        report.Issues.Where(i => string.Equals(i.Path, "harms[0].description", StringComparison.Ordinal)).Select(i => i.Code).Should().BeEquivalentTo(["PK1150", "PK1151", "PK1152", "PK1153"]);
        report.Issues.Should().Contain(i => i.Path == "signer");
    }
}
