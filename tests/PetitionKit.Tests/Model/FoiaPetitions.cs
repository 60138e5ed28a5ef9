using PetitionKit.Model;

namespace PetitionKit.Tests.Model;

/// <summary>FOIA petitions for tests: an organization's request to ICE, filed in the Northern District of Georgia.</summary>
internal static class FoiaPetitions
{
    /// <summary>Received by the ICE FOIA Office on Monday, June 1, 2026, so the 20 working days skip Juneteenth (Friday,
    /// June 19) and end on Tuesday, June 30, 2026.</summary>
    public static Petition Organization() => new()
    {
        CaseType = CaseType.FoiaRecords,
        Court = new Court { CourtId = "gand", Division = "Atlanta" },
        Agency = "U.S. Immigration and Customs Enforcement",
        Petitioners =
        [
            new Petitioner
            {
                Name = "Georgia Immigrant Rights Alliance (fictitious)",
                Role = PetitionerRole.Requester,
                ResidenceDistrict = "gand",
                Organization = new Organization
                {
                    PrincipalPlaceOfBusiness = new PostalAddress { Lines = ["10 Example Avenue"], City = "Atlanta", County = "Fulton", State = "GA", PostalCode = "30303" },
                    Mission = "to defend the civil rights of immigrants in Georgia",
                    InterestInRecords = "to inform the public about how the county's 287(g) agreement is carried out",
                },
            },
        ],
        Officials = [new Official { Title = "U.S. Immigration and Customs Enforcement", Agency = "U.S. Immigration and Customs Enforcement", Role = OfficialRole.Agency }],
        Claims = [Claim.Foia],
        Application = new ApplicationDetails
        {
            Form = "FOIA request",
            Category = "the records of the 287(g) agreement between ICE and the county sheriff",
            FilingDate = new DateOnly(2026, 5, 29),
            Office = "the ICE FOIA Office",
        },
        Foia = new FoiaRequest
        {
            TrackingNumber = "2026-ICFO-01234",
            ComponentReceivedOn = new DateOnly(2026, 6, 1),
            FeeWaiver = new FoiaProcessingRequest { RequestedOn = new DateOnly(2026, 5, 29), Decision = FoiaProcessingDecision.Denied, DecidedOn = new DateOnly(2026, 6, 10), ExhibitLabel = "B" },
            ExpeditedProcessing = new FoiaProcessingRequest { RequestedOn = new DateOnly(2026, 5, 29), ExhibitLabel = "A" },
            AskForWithheldRecordsIndex = true,
        },
        Exhibits =
        [
            new Exhibit { Label = "A", Title = "FOIA request" },
            new Exhibit { Label = "B", Title = "Fee-waiver denial" },
        ],
        Signer = new Signer
        {
            Kind = SignerKind.Attorney,
            Name = "Ana Attorney",
            BarNumber = "123456",
            BarState = "GA",
            Address = new PostalAddress { Lines = ["1 Court Plaza"], City = "Atlanta", State = "GA", PostalCode = "30303" },
            Phone = "404-555-0199",
            Email = "ana@example.org",
        },
    };
}
