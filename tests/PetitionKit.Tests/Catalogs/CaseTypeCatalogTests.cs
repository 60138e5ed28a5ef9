using PetitionKit.Catalogs;
using PetitionKit.Model;

namespace PetitionKit.Tests.Catalogs;

public sealed class CaseTypeCatalogTests
{
    public static TheoryData<CaseType> CaseTypes => [.. Enum.GetValues<CaseType>()];

    [Theory]
    [MemberData(nameof(CaseTypes))]
    public void Get_EveryCaseType_ReturnsItsOwnProfile(CaseType caseType)
    {
        var profile = CaseTypeCatalog.Get(caseType);

        profile.CaseType.Should().Be(caseType);
        profile.DisplayName.Should().NotBeNullOrWhiteSpace();
        profile.Agency.Should().NotBeNullOrWhiteSpace();
        profile.ResearchNotesSection.Should().StartWith("§2.");
    }

    [Fact]
    public void All_Always_HoldsOneProfilePerCaseType()
    {
        var caseTypes = CaseTypeCatalog.All.Select(p => p.CaseType);

        caseTypes.Should().BeEquivalentTo(Enum.GetValues<CaseType>()).And.OnlyHaveUniqueItems();
        CaseTypeCatalog.VerifiedOn.Should().Be(new DateOnly(2026, 6, 20));
    }

    [Fact]
    public void Get_UndefinedCaseType_Throws()
    {
        var act = () => CaseTypeCatalog.Get((CaseType)999);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void All_EveryReferencedAuthorityId_ExistsInTheAuthorityCatalog()
    {
        var missing = CaseTypeCatalog.All.SelectMany(p =>
                p.DutySourceIds.Select(id => (p.CaseType, Id: id))
                    .Concat(p.StatutoryClocks.Select(c => (p.CaseType, Id: c.AuthorityId)))
                    .Concat(p.ReviewItems.SelectMany(i => i.AuthorityIds.Select(id => (p.CaseType, Id: id)))))
            .Where(r => AuthorityCatalog.Find(r.Id) is null)
            .Select(r => $"{r.CaseType}: {r.Id}");

        missing.Should().BeEmpty();
    }

    [Theory]
    [InlineData(CaseType.I485AdjustmentOfStatus, "I-485", "I-485 application to adjust status")]
    [InlineData(CaseType.N400PostInterview1447b, "N-400", null)]
    [InlineData(CaseType.Ds260AdministrativeProcessing, "DS-260", null)]
    [InlineData(CaseType.FoiaRecords, null, null)]
    public void Get_CaseType_NamesItsForm(CaseType caseType, string? form, string? displayName)
    {
        var profile = CaseTypeCatalog.Get(caseType);

        profile.Form.Should().Be(form);
        if (displayName is not null)
        {
            profile.DisplayName.Should().Be(displayName);
        }
    }

    [Fact]
    public void Get_Foia_PleadsOnlyTheFoiaCountAgainstTheAgency()
    {
        var foia = CaseTypeCatalog.Get(CaseType.FoiaRecords);

        foia.Claims.Should().Equal(Claim.Foia);
        foia.MandamusFits.Should().BeFalse();
        foia.NatureOfSuitCode.Should().Be(895);
        foia.DefaultOfficials.Should().ContainSingle().Which.Role.Should().Be(OfficialRole.Agency);
        foia.StatutoryClocks.Should().ContainSingle(c => c.WorkingDays == 20 && c.Days == null && c.Trigger == ClockTrigger.Request);
    }

    [Fact]
    public void Get_Asylum_PleadsTheApaFirstAndFlagsSection1158d7()
    {
        var asylum = CaseTypeCatalog.Get(CaseType.I589AffirmativeAsylum);

        asylum.Claims.Should().Equal(Claim.Apa, Claim.Mandamus);
        asylum.ReviewItems.Should().Contain(i => i.AuthorityIds.Contains("8-usc-1158-d-7"));
        asylum.StatutoryClocks.Select(c => (c.Days, c.Trigger))
            .Should().Equal((45, ClockTrigger.Filing), (180, ClockTrigger.Filing));
    }

    [Fact]
    public void Get_Naturalization1447b_Has120DaysFromTheInterviewAndNos462()
    {
        var profile = CaseTypeCatalog.Get(CaseType.N400PostInterview1447b);

        profile.Claims.Should().Equal(Claim.Naturalization1447b);
        profile.NatureOfSuitCode.Should().Be(462);
        profile.StatutoryClocks.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Days = (int?)120,
            WorkingDays = (int?)null,
            Trigger = ClockTrigger.Interview,
            AuthorityId = "8-usc-1447-b",
            IsHortatory = false,
        });
    }

    [Fact]
    public void Get_Ead_CarriesTheThirtyDayClockWithItsDowngradedSource()
    {
        var ead = CaseTypeCatalog.Get(CaseType.I765EmploymentAuthorization);

        var clock = ead.StatutoryClocks.Single(c => string.Equals(c.Id, "c8-ead-30-days", StringComparison.Ordinal));

        clock.Days.Should().Be(30);
        clock.AuthorityId.Should().Be("8-cfr-208-7-a-1");
        AuthorityCatalog.Find(clock.AuthorityId)!.Verification.Should().Be(VerificationStatus.SecondaryOnly);
    }

    [Fact]
    public void Get_CivilRights_SaysMandamusDoesNotFitAndNamesTheFoiaRoute()
    {
        var profile = CaseTypeCatalog.Get(CaseType.CivilRightsComplaint);

        profile.MandamusFits.Should().BeFalse();
        profile.Claims.Should().BeEmpty();
        profile.DefaultOfficials.Should().BeEmpty();
        profile.NatureOfSuitCode.Should().BeNull();
        profile.WhyNot.Should().Contain("Mandamus does not fit").And.Contain("duty").And.Contain("complained");
        profile.AlternativeRoute.Should().Contain("FOIA request").And.Contain("FOIA suit").And.Contain("counsel");
    }

    [Fact]
    public void All_MandamusThatDoesNotFit_AlwaysSaysWhyAndWhatInstead()
    {
        var profiles = CaseTypeCatalog.All;

        profiles.Where(p => !p.MandamusFits).Should().OnlyContain(p => p.WhyNot != null && p.AlternativeRoute != null)
            .And.OnlyContain(p => !p.Claims.Contains(Claim.Mandamus));
        profiles.Where(p => p.MandamusFits).Should().OnlyContain(p => p.WhyNot == null && p.Claims.Contains(Claim.Mandamus));
    }

    [Fact]
    public void All_NatureOfSuitCodes_AreTheBriefsAndNever540()
    {
        var codes = CaseTypeCatalog.All.Select(p => p.NatureOfSuitCode);

        codes.Should().NotContain(540).And.OnlyContain(c => c == null || c == 462 || c == 465 || c == 895);
    }

    [Fact]
    public void All_DefaultOfficials_NeverNameTheUnitedStatesAttorney()
    {
        var titles = CaseTypeCatalog.All.SelectMany(p => p.DefaultOfficials).Select(o => o.Title);

        titles.Should().NotContain(t => t.Contains("Attorney for", StringComparison.OrdinalIgnoreCase)
            || t.Contains("U.S. Attorney", StringComparison.OrdinalIgnoreCase)
            || t.Contains("United States Attorney", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void All_EveryClock_HasExactlyOneLength()
    {
        var clocks = CaseTypeCatalog.All.SelectMany(p => p.StatutoryClocks);

        clocks.Should().OnlyContain(c => (c.Days > 0) != (c.WorkingDays > 0));
    }

    [Fact]
    public void All_ReviewItemIds_AreUniqueWithinAProfile()
    {
        var profiles = CaseTypeCatalog.All;

        profiles.Should().OnlyContain(p => p.ReviewItems.Select(i => i.Id).Distinct().Count() == p.ReviewItems.Count);
    }

    [Fact]
    public void All_TitlesOfferingAChoice_MarkItAsAPlaceholder()
    {
        var officials = CaseTypeCatalog.All.SelectMany(p => p.DefaultOfficials);

        officials.Where(o => o.Title.Contains('/', StringComparison.Ordinal)).Should().OnlyContain(o => o.HasPlaceholder);
    }
}
