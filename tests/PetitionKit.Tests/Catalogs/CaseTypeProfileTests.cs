using PetitionKit.Catalogs;
using PetitionKit.Model;

namespace PetitionKit.Tests.Catalogs;

public sealed class CaseTypeProfileTests
{
    [Theory]
    [InlineData(3, RiskLevel.High)]
    [InlineData(5, RiskLevel.High)]
    [InlineData(8, RiskLevel.High)]
    [InlineData(11, RiskLevel.High)]
    [InlineData(1, RiskLevel.Elevated)]
    [InlineData(9, RiskLevel.Unsettled)]
    [InlineData(FederalDistricts.DistrictOfColumbiaCircuit, RiskLevel.Unsettled)]
    public void JurisdictionRiskIn_AdjustmentOfStatus_FollowsTheCircuitSplit(int circuit, RiskLevel expected)
    {
        var profile = CaseTypeCatalog.Get(CaseType.I485AdjustmentOfStatus);

        var risk = profile.JurisdictionRiskIn(circuit);

        risk.Should().Be(expected);
    }

    [Fact]
    public void JurisdictionRiskIn_CaseTypeWithoutCircuitRule_ReturnsNull()
    {
        var profile = CaseTypeCatalog.Get(CaseType.I130PetitionForAlienRelative);

        var risk = profile.JurisdictionRiskIn(5);

        risk.Should().BeNull();
    }

    [Fact]
    public void DefaultOfficialsForOffice_VermontReceipt_FillsTheServiceCenterDirector()
    {
        var profile = CaseTypeCatalog.Get(CaseType.I130PetitionForAlienRelative);

        var officials = profile.DefaultOfficialsForOffice(ReceiptOffices.Find("EAC"));

        officials.Should().ContainSingle(o => o.Role == OfficialRole.ServiceCenterDirector)
            .Which.Title.Should().Be("Director, Vermont Service Center");
        officials.Should().HaveCount(profile.DefaultOfficials.Count);
        profile.DefaultOfficials.Should().Contain(o => o.Role == OfficialRole.ServiceCenterDirector && o.HasPlaceholder);
    }

    [Fact]
    public void DefaultOfficialsForOffice_NationalBenefitsCenterReceipt_NamesItsDirectorInTheCenterSlot()
    {
        var profile = CaseTypeCatalog.Get(CaseType.I485AdjustmentOfStatus);

        var officials = profile.DefaultOfficialsForOffice(ReceiptOffices.Find("MSC"));

        officials.Should().ContainSingle(o => o.Role == OfficialRole.NationalBenefitsCenterDirector)
            .Which.Title.Should().Be("Director, National Benefits Center");
        officials.Should().NotContain(o => o.Role == OfficialRole.ServiceCenterDirector);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("IOE")] // ELIS names no office
    [InlineData("ZNK")] // asylum prefixes are secondary-only: no title as pleading text
    public void DefaultOfficialsForOffice_OfficeWithoutATitle_ReturnsTheDefaults(string? prefix)
    {
        var profile = CaseTypeCatalog.Get(CaseType.I589AffirmativeAsylum);
        var office = prefix is null ? null : ReceiptOffices.Find(prefix);

        var officials = profile.DefaultOfficialsForOffice(office);

        officials.Should().BeSameAs(profile.DefaultOfficials);
    }

    [Fact]
    public void DefaultOfficialsForOffice_OfficeThatFitsNoDefendant_ReturnsTheDefaults()
    {
        var profile = CaseTypeCatalog.Get(CaseType.Ds260AdministrativeProcessing);

        var officials = profile.DefaultOfficialsForOffice(ReceiptOffices.Find("EAC"));

        officials.Should().BeSameAs(profile.DefaultOfficials);
    }
}
