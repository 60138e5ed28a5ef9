using PetitionKit.Model;
using PetitionKit.Tests.Model;
using PetitionKit.Validation;
using PetitionKit.Word;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Tests.Validation;

public sealed class PetitionValidatorTests
{
    private static readonly Petition Complete = SamplePetitions.Complete();

    [Fact]
    public void Validate_CompletePetition_FindsNothing()
    {
        var report = Check(Complete);

        report.Issues.Should().BeEmpty();
        report.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void Validate_MalformedReceiptNumber_ReportsPK1010()
    {
        var petition = Complete with { Application = Complete.Application with { ReceiptNumber = "EAC-22-123" } };

        ExpectSingle(petition, "PK1010", DiagnosticSeverity.Error, "application.receipt_number");
    }

    [Fact]
    public void Validate_ReceiptWithAsterisk_WarnsPK1011()
    {
        var petition = Complete with { Application = Complete.Application with { ReceiptNumber = "EAC*2212345678" } };

        ExpectSingle(petition, "PK1011", DiagnosticSeverity.Warning, "application.receipt_number");
    }

    [Fact]
    public void Validate_UnknownPrefixWithoutOffice_WarnsPK1012()
    {
        var petition = Complete with { Application = Complete.Application with { ReceiptNumber = "QQQ2212345678" } };

        ExpectSingle(petition, "PK1012", DiagnosticSeverity.Warning, "application.office");
        Check(petition with { Application = petition.Application with { Office = "Newark Field Office" } }).Issues.Should().BeEmpty();
    }

    [Fact]
    public void Validate_MalformedANumber_ReportsPK1013AtThePetitioner()
    {
        var petition = Complete with { Petitioners = [Complete.Petitioners[0], Complete.Petitioners[1] with { ANumber = "A12" }] };

        ExpectSingle(petition, "PK1013", DiagnosticSeverity.Error, "petitioners[1].a_number");
    }

    [Fact]
    public void Validate_MalformedSsn_ReportsPK1014()
    {
        var petition = Complete with { Petitioners = [Complete.Petitioners[0] with { Ssn = "12-345" }, Complete.Petitioners[1]] };

        ExpectSingle(petition, "PK1014", DiagnosticSeverity.Error, "petitioners[0].ssn");
    }

    [Fact]
    public void Validate_DateAfterAsOf_ReportsPK1020()
    {
        var petition = Complete with
        {
            Timeline = [Complete.Timeline[0], Complete.Timeline[1] with { Date = SamplePetitions.AsOf.AddDays(1) }],
        };

        ExpectSingle(petition, "PK1020", DiagnosticSeverity.Error, "timeline[1].date");
    }

    [Fact]
    public void Validate_EventBeforeFiling_ReportsPK1021()
    {
        var petition = Complete with { Timeline = [Complete.Timeline[0] with { Date = new DateOnly(2022, 2, 28) }, Complete.Timeline[1]] };

        ExpectSingle(petition, "PK1021", DiagnosticSeverity.Error, "timeline[0].date");
    }

    [Fact]
    public void Validate_RfeResponseBeforeTheRfe_ReportsPK1022()
    {
        var petition = Complete with
        {
            Timeline =
            [
                .. Complete.Timeline,
                new TimelineEvent { Date = new DateOnly(2023, 1, 10), Kind = TimelineEventKind.RfeIssued },
                new TimelineEvent { Date = new DateOnly(2023, 1, 5), Kind = TimelineEventKind.RfeResponse },
            ],
        };

        ExpectSingle(petition, "PK1022", DiagnosticSeverity.Error, "timeline[3].date");
    }

    [Fact]
    public void Validate_ApplicantBornAfterFiling_ReportsPK1023()
    {
        var petition = Complete with
        {
            Petitioners = [Complete.Petitioners[0] with { DateOfBirth = new DateOnly(2023, 1, 1) }, Complete.Petitioners[1]],
        };

        ExpectSingle(petition, "PK1023", DiagnosticSeverity.Error, "petitioners[0].date_of_birth");
    }

    [Fact]
    public void Validate_1447bWithoutInterview_ReportsPK1030()
    {
        var petition = Naturalization(interview: null);

        ExpectSingle(petition, "PK1030", DiagnosticSeverity.Error, "timeline");
    }

    [Theory]
    [InlineData(120, true)] // day 120 is still inside the period
    [InlineData(121, false)] // day 121: the period has ended
    public void Validate_1447bAroundDay120_ReportsPK1031OnlyUntilTheEnd(int daysAfterInterview, bool reported)
    {
        var petition = Naturalization(interview: SamplePetitions.AsOf.AddDays(-daysAfterInterview));

        var issues = Check(petition).Issues.Where(i => string.Equals(i.Code, "PK1031", StringComparison.Ordinal)).ToList();

        if (reported)
        {
            issues.Should().ContainSingle().Which.Path.Should().Be("timeline[1].date");
            issues[0].Message.Should().Contain("2025-06-03");
        }
        else
        {
            issues.Should().BeEmpty();
        }
    }

    [Fact]
    public void Validate_1447bOutsideResidenceDistrict_ReportsPK1032()
    {
        var petition = Naturalization(interview: new DateOnly(2024, 1, 2));
        petition = petition with { Court = petition.Court with { CourtId = "dcd" } };

        ExpectSingle(petition, "PK1032", DiagnosticSeverity.Error, "court.court_id");
    }

    [Fact]
    public void Validate_UnknownCourt_ReportsPK1040()
    {
        var petition = Complete with { Court = Complete.Court with { CourtId = "zzd" } };

        ExpectSingle(petition, "PK1040", DiagnosticSeverity.Error, "court.court_id");
    }

    [Fact]
    public void Validate_1447bInAnUnknownCourt_ReportsPK1040AloneNotAlsoTheWrongDistrict()
    {
        var petition = Naturalization(interview: new DateOnly(2024, 1, 2));
        petition = petition with { Court = petition.Court with { CourtId = "zz-dcd" } };

        ExpectSingle(petition, "PK1040", DiagnosticSeverity.Error, "court.court_id");
    }

    [Fact]
    public void Validate_NoPetitionerInDistrict_ReportsPK1041()
    {
        var petition = Complete with { Court = Complete.Court with { CourtId = "vtd" } };

        ExpectSingle(petition, "PK1041", DiagnosticSeverity.Error, "court.court_id");
    }

    [Fact]
    public void Validate_NoPetitionerInDistrictButOtherVenueBasis_IsAccepted()
    {
        var petition = Complete with { Court = new Court { CourtId = "dcd", VenueBasis = VenueBasis.DefendantResidence } };

        Check(petition).Issues.Should().BeEmpty();
    }

    [Fact]
    public void Validate_OnlyPetitionerLivesAbroad_ReportsPK1041()
    {
        var petition = Complete with { Petitioners = [Complete.Petitioners[1]], Harms = [] };

        ExpectSingle(petition, "PK1041", DiagnosticSeverity.Error, "court.court_id");
    }

    [Fact]
    public void Validate_SingleDistrictStateWithoutDistrict_FindsTheDistrict()
    {
        var vermonter = Complete.Petitioners[0] with
        {
            ResidenceDistrict = null,
            Residence = new PostalAddress { City = "Burlington", State = "VT" },
        };
        var petition = Complete with { Court = Complete.Court with { CourtId = "vtd" }, Petitioners = [vermonter] };

        Check(petition).Issues.Should().BeEmpty();
    }

    [Fact]
    public void Validate_MultiDistrictStateWithoutDistrict_WarnsPK1042()
    {
        var petition = Complete with
        {
            Court = Complete.Court with { CourtId = "cacd" },
            Petitioners = [Complete.Petitioners[0] with { ResidenceDistrict = null }],
        };

        ExpectSingle(petition, "PK1042", DiagnosticSeverity.Warning, "petitioners[0].residence_district");
    }

    [Theory]
    [InlineData("Order Defendants to approve the Form I-130.")]
    [InlineData("Compel USCIS to grant the application.")]
    [InlineData("Order the consulate to issue the immigrant visa.")]
    [InlineData("Order the issuance of a green card.")]
    public void Validate_ReliefAskingForAnOutcome_ReportsPK1050(string request)
    {
        var petition = Complete with { Relief = Complete.Relief with { Requests = ["Declare the delay unreasonable.", request] } };

        ExpectSingle(petition, "PK1050", DiagnosticSeverity.Error, "relief.requests[1]");
    }

    [Theory]
    [InlineData("Order Defendants to adjudicate the Form I-130 within 30 days.")]
    [InlineData("Grant such other and further relief as the Court deems proper.")]
    [InlineData("Order Defendants to issue a decision on the application.")]
    public void Validate_ReliefAskingForADecision_IsAccepted(string request)
    {
        var petition = Complete with { Relief = Complete.Relief with { Requests = [request] } };

        Check(petition).Issues.Should().BeEmpty();
    }

    [Fact]
    public void Validate_1447bAskingTheCourtToGrant_IsAccepted()
    {
        var petition = Naturalization(interview: new DateOnly(2024, 1, 2));
        petition = petition with { Relief = petition.Relief with { Requests = ["Grant the application for naturalization."] } };

        Check(petition).Issues.Should().NotContain(i => string.Equals(i.Code, "PK1050", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_FoiaWithMandamus_ReportsPK1060()
    {
        var petition = Complete with
        {
            CaseType = CaseType.FoiaRecords,
            Claims = [Claim.Foia, Claim.Mandamus],
            Officials = [new Official { Title = Complete.Agency, Agency = Complete.Agency, Role = OfficialRole.Agency }],
            Application = Complete.Application with { ReceiptNumber = null },
        };

        ExpectSingle(petition, "PK1060", DiagnosticSeverity.Error, "claims[1]");
    }

    [Fact]
    public void Validate_PersonNameWithoutDate_ReportsPK1070()
    {
        var petition = Complete with { Officials = [Complete.Officials[0], Complete.Officials[1] with { NameAsOf = null }] };

        ExpectSingle(petition, "PK1070", DiagnosticSeverity.Error, "officials[1].name_as_of");
    }

    [Theory]
    [InlineData(30, false)]
    [InlineData(31, true)]
    public void Validate_PersonNameCheckedLongAgo_WarnsPK1071AfterThirtyDays(int daysBefore, bool warned)
    {
        var official = Complete.Officials[1] with { NameAsOf = SamplePetitions.AsOf.AddDays(-daysBefore) };

        var issues = Check(Complete with { Officials = [official] }).Issues;

        if (warned)
        {
            issues.Should().ContainSingle().Which.Should().Match<Diagnostic>(i =>
                string.Equals(i.Code, "PK1071", StringComparison.Ordinal) && i.Severity == DiagnosticSeverity.Warning && string.Equals(i.Path, "officials[0].name_as_of", StringComparison.Ordinal));
        }
        else
        {
            issues.Should().BeEmpty();
        }
    }

    [Fact]
    public void Validate_UsAttorneyAsDefendant_ReportsPK1072()
    {
        var petition = Complete with
        {
            Officials = [.. Complete.Officials, new Official { Title = "United States Attorney for the Northern District of California", Agency = "DOJ" }],
        };

        ExpectSingle(petition, "PK1072", DiagnosticSeverity.Error, "officials[2].title");
    }

    [Fact]
    public void Validate_AttorneyGeneral_IsNotMistakenForTheUsAttorney()
    {
        var petition = Complete with
        {
            Officials = [new Official { Title = "Attorney General of the United States", Agency = "DOJ" }],
        };

        Check(petition).Issues.Should().BeEmpty();
    }

    [Fact]
    public void Validate_DeniedAuthority_ReportsPK1080()
    {
        var petition = Complete with { Duty = Complete.Duty with { LegalSources = ["5-usc-555-b", "alvarez-v-ice"] } };

        ExpectSingle(petition, "PK1080", DiagnosticSeverity.Error, "duty.legal_sources[1]").Message.Should().Contain("Bivens");
    }

    [Theory]
    [InlineData("trac")]
    [InlineData("heckler-v-ringer")]
    public void Validate_UnverifiedAuthority_WarnsPK1081(string id)
    {
        var petition = Complete with { Duty = Complete.Duty with { LegalSources = [id] } };

        ExpectSingle(petition, "PK1081", DiagnosticSeverity.Warning, "duty.legal_sources[0]");
    }

    [Fact]
    public void Validate_AuthorityNotInCatalog_ReportsPK1082()
    {
        var petition = Complete with { Duty = Complete.Duty with { LegalSources = ["5-usc-555-b", "made-up-case"] } };

        ExpectSingle(petition, "PK1082", DiagnosticSeverity.Error, "duty.legal_sources[1]");
    }

    [Fact]
    public void Validate_NoSigner_ReportsPK1090()
    {
        ExpectSingle(Complete with { Signer = null }, "PK1090", DiagnosticSeverity.Error, "signer");
    }

    [Fact]
    public void Validate_AttorneyWithoutEmail_ReportsPK1091()
    {
        ExpectSingle(Complete with { Signer = Complete.Signer! with { Email = " " } }, "PK1091", DiagnosticSeverity.Error, "signer.email");
    }

    [Fact]
    public void Validate_AttorneyWithoutBarNumber_WarnsPK1092()
    {
        ExpectSingle(Complete with { Signer = Complete.Signer! with { BarNumber = null } }, "PK1092", DiagnosticSeverity.Warning, "signer.bar_number");
    }

    [Fact]
    public void Validate_ProSePetitionerWithoutPhone_ReportsPK1093()
    {
        var petition = Complete with
        {
            Signer = new Signer { Kind = SignerKind.ProSe },
            Petitioners = [Complete.Petitioners[0] with { Phone = null }],
        };

        ExpectSingle(petition, "PK1093", DiagnosticSeverity.Error, "petitioners[0].phone");
    }

    [Fact]
    public void Validate_MinorWithoutNextFriend_ReportsPK1160()
    {
        var petition = Complete with { Petitioners = [Complete.Petitioners[0], Complete.Petitioners[1] with { IsMinor = true, NextFriend = null }] };

        var issue = ExpectSingle(petition, "PK1160", DiagnosticSeverity.Error, "petitioners[1].next_friend");

        issue.Message.Should().Contain("next friend or guardian");
    }

    [Fact]
    public void Validate_ProSeMinorWhoseNextFriendIsNoPetitioner_ReportsPK1161()
    {
        var petition = Complete with
        {
            Signer = new Signer { Kind = SignerKind.ProSe },
            Petitioners =
            [
                Complete.Petitioners[0] with { Phone = "555-0100", Email = "a@example.org" },
                Complete.Petitioners[1] with { IsMinor = true, NextFriend = new NextFriend { Name = "An Aunt" } },
            ],
        };

        var issue = ExpectSingle(petition, "PK1161", DiagnosticSeverity.Error, "petitioners[1].next_friend.petitioner_index");

        issue.Message.Should().Contain("A minor cannot sign or appear pro se");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Validate_NextFriendIndexThatIsTheMinorOrNoPetitioner_ReportsPK1162(int index)
    {
        var petition = Complete with
        {
            Petitioners = [Complete.Petitioners[0], Complete.Petitioners[1] with { IsMinor = true, NextFriend = new NextFriend { Name = "X", PetitionerIndex = index } }],
        };

        ExpectSingle(petition, "PK1162", DiagnosticSeverity.Error, "petitioners[1].next_friend.petitioner_index");
    }

    [Fact]
    public void Validate_ReceiptExhibitLabelNotAnExhibit_ReportsPK1112()
    {
        var petition = Complete with { Application = Complete.Application with { ExhibitLabel = "Z" } };

        ExpectSingle(petition, "PK1112", DiagnosticSeverity.Error, "application.exhibit_label");
    }

    [Fact]
    public void Validate_CivilRightsCaseType_ReportsPK1100WithTheRouteThatExists()
    {
        var issue = ExpectSingle(Complete with { CaseType = CaseType.CivilRightsComplaint }, "PK1100", DiagnosticSeverity.Error, "case_type");

        issue.Message.Should().StartWith("Mandamus does not fit").And.EndWith("will not draft this as a mandamus petition. See the FOIA checklist.");
    }

    [Fact]
    public void Validate_FoiaVenueBasisOnANonFoiaCase_ReportsPK1045()
    {
        var petition = Complete with { Court = Complete.Court with { VenueBasis = VenueBasis.FoiaRecordsOrDistrictOfColumbia } };

        var issue = ExpectSingle(petition, "PK1045", DiagnosticSeverity.Error, "court.venue_basis");

        issue.Message.Should().Contain("FOIA venue rule");
    }

    [Fact]
    public void ValidationCodes_EachCode_HasOneMeaning()
    {
        var codes = typeof(DiagnosticCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();

        codes.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Validate_UndefinedCaseType_ReportsPK1101()
    {
        ExpectSingle(Complete with { CaseType = (CaseType)0 }, "PK1101", DiagnosticSeverity.Error, "case_type");
    }

    [Fact]
    public void PetitionValidationException_Message_ListsEveryIssueWithItsPath()
    {
        var report = Check(Complete with { Signer = null, Application = Complete.Application with { ReceiptNumber = "x" } });

        var exception = new PetitionValidationException(report);

        exception.Message.Should().StartWith("The petition has 2 errors:")
            .And.Contain("application.receipt_number: error PK1010:")
            .And.Contain("signer: error PK1090:");
        exception.Should().BeAssignableTo<PetitionKitException>();
    }

    [Fact]
    public void Validate_NoPetitioners_ReportsPK1110()
    {
        var issues = Check(Complete with { Petitioners = [], Harms = [] }).Issues;

        issues.Should().Contain(i => string.Equals(i.Code, "PK1110", StringComparison.Ordinal) && string.Equals(i.Path, "petitioners", StringComparison.Ordinal) && i.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Validate_HarmForMissingPetitioner_ReportsPK1111()
    {
        var petition = Complete with { Harms = [Complete.Harms[0] with { PetitionerIndex = 2 }] };

        ExpectSingle(petition, "PK1111", DiagnosticSeverity.Error, "harms[0].petitioner_index");
    }

    [Fact]
    public void Validate_CitedExhibitMissing_ReportsPK1112()
    {
        var petition = Complete with { Timeline = [Complete.Timeline[0] with { ExhibitLabel = "Z" }] };

        ExpectSingle(petition, "PK1112", DiagnosticSeverity.Error, "timeline[0].exhibit_label");
    }

    [Fact]
    public void Validate_DuplicateExhibitLabel_ReportsPK1113()
    {
        var petition = Complete with { Exhibits = [.. Complete.Exhibits, new Exhibit { Label = "a", Title = "Duplicate" }] };

        ExpectSingle(petition, "PK1113", DiagnosticSeverity.Error, "exhibits[4].label");
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsThemAllAtOnce()
    {
        var petition = Complete with
        {
            Petitioners = [Complete.Petitioners[0] with { ANumber = "bad" }, .. Complete.Petitioners.Skip(1)],
            Signer = null,
            Claims = [Claim.Mandamus],
            CaseType = CaseType.FoiaRecords,
        };

        var report = Check(petition);

        report.Issues.Select(i => i.Code).Should().Equal("PK1013", "PK1060", "PK1061", "PK1061", "PK1062", "PK1090");
        var act = report.ThrowIfErrors;
        act.Should().Throw<PetitionValidationException>()
            .Which.Report.Should().BeSameAs(report);
    }

    [Fact]
    public void ThrowIfErrors_WarningsOnly_DoesNotThrow()
    {
        var report = Check(Complete with { Signer = Complete.Signer! with { BarNumber = null } });

        var act = report.ThrowIfErrors;

        act.Should().NotThrow();
    }

    [Fact]
    public void ValidationIssue_ToString_ReadsLikeACompilerMessage()
    {
        var issue = new Diagnostic("PK1013", DiagnosticSeverity.Error, "petitioners[1].a_number", "Bad.");

        issue.ToString().Should().Be("petitioners[1].a_number: error PK1013: Bad.");
    }

    private static ValidationReport Check(Petition petition) =>
        PetitionValidator.Validate(petition, SamplePetitions.AsOf, FakeCatalog.Instance);

    private static Diagnostic ExpectSingle(Petition petition, string code, DiagnosticSeverity severity, string path)
    {
        var issues = Check(petition).Issues;
        issues.Should().ContainSingle($"only {code} should be reported, but found: {string.Join("; ", issues)}");
        var issue = issues[0];
        issue.Code.Should().Be(code);
        issue.Severity.Should().Be(severity);
        issue.Path.Should().Be(path);
        issue.Message.Should().NotBeNullOrWhiteSpace();
        return issue;
    }

    private static Petition Naturalization(DateOnly? interview)
    {
        var applicant = Complete.Petitioners[0] with { Role = PetitionerRole.Applicant };
        return Complete with
        {
            CaseType = CaseType.N400PostInterview1447b,
            Petitioners = [applicant],
            Claims = [Claim.Naturalization1447b],
            Application = Complete.Application with { Form = "N-400", ReceiptNumber = "IOE0912345678", FilingDate = new DateOnly(2023, 5, 1) },
            Timeline = interview is { } day
                ? [Complete.Timeline[0] with { Date = new DateOnly(2023, 6, 1) }, new TimelineEvent { Date = day, Kind = TimelineEventKind.Interview }]
                : [Complete.Timeline[0] with { Date = new DateOnly(2023, 6, 1) }],
            Relief = new ReliefRequest(),
        };
    }
}
