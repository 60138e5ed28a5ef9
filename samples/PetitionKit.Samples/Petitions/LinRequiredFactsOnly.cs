using PetitionKit.Model;

namespace PetitionKit.Samples.Petitions;

/// <summary>Nothing but the facts a petition cannot be drafted without (a court, a petitioner, the application and the
/// defendants): the draft marks every other gap. Fictitious.</summary>
public static class LinRequiredFactsOnly
{
    public static Petition Create() => new()
    {
        CaseType = CaseType.I751RemoveConditions,
        Court = new Court { CourtId = "cand" },
        Agency = "U.S. Citizenship and Immigration Services",
        Petitioners =
        [
            new Petitioner
            {
                Name = "Mei Lin",
                Residence = new PostalAddress { City = "Oakland", State = "CA" },
                ResidenceDistrict = "cand",
            },
        ],
        Officials =
        [
            new Official { Title = "Secretary of Homeland Security", Agency = "U.S. Department of Homeland Security", Role = OfficialRole.SecretaryOfHomelandSecurity },
            new Official { Title = "Director, U.S. Citizenship and Immigration Services", Agency = "U.S. Citizenship and Immigration Services", Role = OfficialRole.DirectorUscis },
        ],
        Application = new ApplicationDetails { Form = "I-751", FilingDate = new DateOnly(2023, 8, 1) },
        Signer = new Signer
        {
            Kind = SignerKind.Attorney,
            Name = "Sam Ortega",
            BarNumber = "000601",
            BarState = "CA",
            Address = new PostalAddress { Lines = ["600 Example Street"], City = "Oakland", State = "CA", PostalCode = "94612" },
            Phone = "510-555-0100",
            Email = "sortega@example.org",
        },
    };
}
