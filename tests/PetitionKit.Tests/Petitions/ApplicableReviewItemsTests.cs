using PetitionKit.Catalogs;
using PetitionKit.Petitions;
using PetitionKit.Samples.Petitions;
using PetitionKit.Validation;

namespace PetitionKit.Tests.Petitions;

/// <summary>The case type's review items that the petition's facts rule out are left out of its checklist.</summary>
public sealed class ApplicableReviewItemsTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 1);

    [Fact]
    public void For_BeneficiariesLivingInAFederalDistrict_LeavesOutTheBeneficiaryAbroadItem()
    {
        var petition = ReyesFamilyNextFriend.Create();

        var ids = ReviewItemIds(petition);

        ids.Should().NotContain("i130-beneficiary-abroad", "both children live in Chicago");
    }

    [Fact]
    public void For_ABeneficiaryWithoutAFederalDistrict_KeepsTheBeneficiaryAbroadItem()
    {
        var reyes = ReyesFamilyNextFriend.Create();
        var petition = reyes with { Petitioners = [reyes.Petitioners[0], reyes.Petitioners[1] with { ResidenceDistrict = null, Residence = null }, reyes.Petitioners[2]] };

        var ids = ReviewItemIds(petition);

        ids.Should().Contain("i130-beneficiary-abroad");
    }

    private static List<string> ReviewItemIds(PetitionKit.Model.Petition petition)
    {
        var profile = CaseTypeCatalog.Get(petition.CaseType);
        return ApplicableReviewItems.For(profile, petition, PetitionValidator.Validate(petition, AsOf)).ReviewItems.Select(r => r.Id).ToList();
    }
}
