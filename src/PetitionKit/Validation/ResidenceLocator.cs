using PetitionKit.Catalogs;
using PetitionKit.Model;

namespace PetitionKit.Validation;

/// <summary>Finds the district a petitioner lives in, or for an organization the district of its principal place of
/// business (5 U.S.C. § 552(a)(4)(B)): the district given, or the only district of the state.</summary>
internal static class ResidenceLocator
{
    public static LocatedResidence Locate(Petitioner petitioner, IPetitionCatalog catalog)
    {
        var residence = petitioner.Organization?.PrincipalPlaceOfBusiness ?? petitioner.Residence;
        if (residence is not null && !string.IsNullOrWhiteSpace(residence.Country) && !IsUnitedStates(residence.Country))
        {
            return new LocatedResidence(null, Abroad: true);
        }

        if (!string.IsNullOrWhiteSpace(petitioner.ResidenceDistrict))
        {
            return new LocatedResidence(petitioner.ResidenceDistrict.Trim().ToLowerInvariant(), Abroad: false);
        }

        if (residence is null || string.IsNullOrWhiteSpace(residence.State))
        {
            return new LocatedResidence(null, Abroad: false);
        }

        var districts = catalog.DistrictsInState(residence.State.Trim().ToUpperInvariant());
        return new LocatedResidence(districts.Count == 1 ? districts[0].CourtId : null, Abroad: false);
    }

    internal static bool IsUnitedStates(string country) =>
        country.Trim().ToUpperInvariant() is "US" or "USA" or "U.S." or "U.S.A." or "UNITED STATES"
            or "UNITED STATES OF AMERICA";
}
