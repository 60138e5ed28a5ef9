using PetitionKit.Model;
using PetitionKit.Tests.Model;
using PetitionKit.Validation;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Tests.Validation;

/// <summary>The warnings given before a weak claim is drafted (docs/legal-rules.md#warnings-before-a-weak-claim), and the petitions
/// refused because nobody is sued.</summary>
public sealed class WeakClaimWarningTests
{
    private static readonly Petition Complete = SamplePetitions.Complete();

    [Fact]
    public void Validate_StillWithinPostedProcessingTime_WarnsPK1170WithTheDayItRunsOut()
    {
        var petition = Complete with { ProcessingTime = Complete.ProcessingTime! with { PostedMonths = 48m } };

        var issue = Single(petition, "PK1170");

        issue.Severity.Should().Be(DiagnosticSeverity.Warning);
        issue.Path.Should().Be("processing_time.posted_months");
        issue.Message.Should().Contain("runs until 2026-03-01").And.Contain("48 months");
    }

    [Fact]
    public void Validate_PastPostedProcessingTime_DoesNotWarn()
    {
        var issues = PetitionValidator.Validate(Complete, SamplePetitions.AsOf).Issues;

        issues.Should().NotContain(i => string.Equals(i.Code, "PK1170", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_PreferenceCaseWithoutVisaFacts_WarnsPK1171AtVisa()
    {
        var petition = Complete with { Application = Complete.Application with { Category = "F2A spouse of permanent resident" } };

        var issue = Single(petition, "PK1171");

        issue.Path.Should().Be("visa");
        issue.Severity.Should().Be(DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Validate_PreferenceCaseWithoutFinalActionDate_WarnsPK1171AtTheDate()
    {
        var petition = Complete with
        {
            Visa = new VisaAvailability { Category = "F2A", Chargeability = "Mexico", PriorityDate = new DateOnly(2022, 3, 1), CheckedOn = new DateOnly(2025, 5, 30) },
        };

        Single(petition, "PK1171").Path.Should().Be("visa.final_action_date");
    }

    [Fact]
    public void Validate_PriorityDateNotBeforeFinalActionDate_WarnsPK1172NoVisaAvailable()
    {
        var petition = Complete with
        {
            Visa = new VisaAvailability
            {
                Category = "F2A",
                Chargeability = "Mexico",
                PriorityDate = new DateOnly(2022, 3, 1),
                FinalActionDate = new DateOnly(2021, 2, 1),
                CheckedOn = new DateOnly(2025, 5, 30),
            },
        };

        var issue = Single(petition, "PK1172");

        issue.Path.Should().Be("visa.priority_date");
        issue.Message.Should().StartWith("No visa is available: the priority date 2022-03-01 is not earlier than the final action date 2021-02-01 for F2A (Mexico) in the Visa Bulletin, checked 2025-05-30.");
    }

    [Theory]
    [InlineData(CaseType.I485AdjustmentOfStatus, "While no visa is available, expect the government to argue TRAC factors 4 and 5 and 8 U.S.C. § 1252(a)(2)(B)(ii): the circuits that bar I-485 delay suits do so at least where the delay flows from visa availability.")]
    [InlineData(CaseType.Ds260AdministrativeProcessing, "While no visa is available, expect the government to argue TRAC factors 4 and 5.")]
    [InlineData(CaseType.I130PetitionForAlienRelative, "While no visa is available, expect the government to argue TRAC factors 4 and 5.")]
    public void Validate_NoVisaAvailable_SaysWhatItMeansForTheCaseType(CaseType caseType, string consequence)
    {
        var petition = Complete with
        {
            CaseType = caseType,
            Visa = new VisaAvailability { Category = "F2A", PriorityDate = new DateOnly(2022, 3, 1), FinalActionDate = new DateOnly(2021, 2, 1), CheckedOn = new DateOnly(2025, 5, 30) },
        };

        Single(petition, "PK1172").Message.Should().EndWith(consequence);
    }

    [Theory]
    [InlineData("2022-03-02", false)]
    [InlineData("2022-03-01", true)]
    public void Validate_PriorityDateAgainstFinalActionDate_WarnsOnlyWhenNotEarlier(string finalAction, bool warns)
    {
        var petition = Complete with
        {
            Visa = new VisaAvailability
            {
                Category = "EB-2",
                PriorityDate = new DateOnly(2022, 3, 1),
                FinalActionDate = DateOnly.Parse(finalAction, System.Globalization.CultureInfo.InvariantCulture),
                CheckedOn = new DateOnly(2025, 5, 30),
            },
        };

        var issues = PetitionValidator.Validate(petition, SamplePetitions.AsOf).Issues;

        issues.Any(i => string.Equals(i.Code, "PK1172", StringComparison.Ordinal)).Should().Be(warns);
    }

    [Fact]
    public void Validate_ImmediateRelativeWithNoVisaFacts_DoesNotWarn()
    {
        var issues = PetitionValidator.Validate(Complete, SamplePetitions.AsOf).Issues;

        issues.Should().NotContain(i => string.Equals(i.Code, "PK1171", StringComparison.Ordinal) || string.Equals(i.Code, "PK1172", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_I485InTheEleventhCircuit_WarnsPK1173NamingTheRisk()
    {
        var petition = Complete with
        {
            CaseType = CaseType.I485AdjustmentOfStatus,
            Court = new Court { CourtId = "flsd" },
            Petitioners = [Complete.Petitioners[0] with { ResidenceDistrict = "flsd", Residence = Complete.Petitioners[0].Residence! with { City = "Miami", State = "FL", County = "Miami-Dade" } }],
            Application = Complete.Application with { Form = "I-485" },
        };

        var issue = Single(petition, "PK1173");

        issue.Path.Should().Be("court.court_id");
        issue.Severity.Should().Be(DiagnosticSeverity.Warning);
        issue.Message.Should().StartWith("I-485 in the Eleventh Circuit: jurisdiction risk high. Four circuits hold I-485 delay suits barred under 8 U.S.C. § 1252(a)(2)(B)(ii)");
    }

    [Fact]
    public void Validate_I485InTheNinthCircuit_DoesNotWarnOfTheCircuit()
    {
        var petition = Complete with { CaseType = CaseType.I485AdjustmentOfStatus, Application = Complete.Application with { Form = "I-485" } };

        var issues = PetitionValidator.Validate(petition, SamplePetitions.AsOf).Issues;

        issues.Should().NotContain(i => string.Equals(i.Code, "PK1173", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2025-05-20", "end on 2025-06-18")]
    [InlineData("2025-05-02", "end on 2025-06-02")] // Memorial Day (May 26) moves the end from May 30 to the as-of day itself
    public void Validate_FoiaRequestTooRecent_WarnsPK1174(string requested, string says)
    {
        var petition = Foia(DateOnly.Parse(requested, System.Globalization.CultureInfo.InvariantCulture));

        var issue = Single(petition, "PK1174");

        issue.Path.Should().Be("application.filing_date");
        issue.Message.Should().Contain(says);
    }

    [Fact]
    public void Validate_FoiaClockEndedTheDayBefore_DoesNotWarn()
    {
        // Thursday, May 1, 2025: twenty working days skipping Memorial Day end on Friday, May 30; as of June 2 it has run.
        var issues = PetitionValidator.Validate(Foia(new DateOnly(2025, 5, 1)), SamplePetitions.AsOf).Issues;

        issues.Should().NotContain(i => string.Equals(i.Code, "PK1174", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_FoiaRequestLongAgo_DoesNotWarnOfTheClock()
    {
        var issues = PetitionValidator.Validate(Foia(new DateOnly(2025, 1, 6)), SamplePetitions.AsOf).Issues;

        issues.Should().NotContain(i => string.Equals(i.Code, "PK1174", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NoOfficial_IsErrorPK1175AtOfficials()
    {
        var petition = Complete with { Officials = [] };

        var issue = Single(petition, "PK1175");

        issue.Severity.Should().Be(DiagnosticSeverity.Error);
        issue.Path.Should().Be("officials");
    }

    [Fact]
    public void Validate_FoiaWithNoOfficial_IsNotRefused()
    {
        var issues = PetitionValidator.Validate(Foia(new DateOnly(2025, 1, 6)), SamplePetitions.AsOf).Issues;

        issues.Should().NotContain(i => string.Equals(i.Code, "PK1175", StringComparison.Ordinal));
    }

    private static Petition Foia(DateOnly requested) => Complete with
    {
        CaseType = CaseType.FoiaRecords,
        Claims = [Claim.Foia],
        Officials = [],
        Timeline = [],
        ProcessingTime = null,
        Petitioners = [Complete.Petitioners[0] with { Role = PetitionerRole.Requester }],
        Application = new ApplicationDetails { Form = "FOIA request", Category = "the A-file of Plaintiff", FilingDate = requested },
        Duty = new DutyOwed { LegalSources = ["5-usc-552-a-3-a"] },
        Relief = new ReliefRequest { DecideWithinDays = 20 },
        Exhibits = [],
        Harms = [],
    };

    private static Diagnostic Single(Petition petition, string code)
    {
        var issues = PetitionValidator.Validate(petition, SamplePetitions.AsOf).Issues;
        return issues.Should().ContainSingle(i => i.Code == code, string.Join("; ", issues)).Subject;
    }
}
