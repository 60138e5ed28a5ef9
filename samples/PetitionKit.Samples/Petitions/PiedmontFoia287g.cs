using PetitionKit.Model;

namespace PetitionKit.Samples.Petitions;

/// <summary>An immigrant-rights organization's FOIA request to ICE for a county's 287(g) agreement records, with a
/// denied fee waiver and an undecided request for expedited processing; venue rests on the organization's principal
/// place of business. Fictitious.</summary>
public static class PiedmontFoia287g
{
    private const string Ice = "U.S. Immigration and Customs Enforcement";

    public static Petition Create() => new()
    {
        CaseType = CaseType.FoiaRecords,
        Court = new Court { CourtId = "ncwd", Division = "Charlotte" },
        Agency = Ice,
        Petitioners =
        [
            new Petitioner
            {
                Name = "Piedmont Immigrant Justice Center (fictitious)",
                Role = PetitionerRole.Requester,
                ResidenceDistrict = "ncwd",
                Organization = new Organization
                {
                    PrincipalPlaceOfBusiness = new PostalAddress { Lines = ["700 Example Boulevard, Suite 3"], City = "Charlotte", County = "Mecklenburg", State = "NC", PostalCode = "28202" },
                    Mission = "to defend the civil rights of immigrant families in western North Carolina through legal services and public education",
                    InterestInRecords = "to inform the public how Harlow County's 287(g) agreement with ICE is carried out",
                },
            },
        ],
        Officials = [new Official { Title = Ice, Agency = Ice, Role = OfficialRole.Agency }],
        Claims = [Claim.Foia],
        Application = new ApplicationDetails
        {
            Form = "FOIA request",
            Category = "the records of the 287(g) agreement between ICE and the Harlow County Sheriff's Office (fictitious): the agreement and its renewals, and the reports and communications about how it is carried out",
            FilingDate = new DateOnly(2026, 1, 9),
            Office = "the ICE FOIA Office",
        },
        Foia = new FoiaRequest
        {
            TrackingNumber = "2026-ICFO-00871",
            ComponentReceivedOn = new DateOnly(2026, 1, 12),
            FeeWaiver = new FoiaProcessingRequest { RequestedOn = new DateOnly(2026, 1, 9), Decision = FoiaProcessingDecision.Denied, DecidedOn = new DateOnly(2026, 2, 2), ExhibitLabel = "C" },
            ExpeditedProcessing = new FoiaProcessingRequest { RequestedOn = new DateOnly(2026, 1, 9), ExhibitLabel = "A" },
            AskForWithheldRecordsIndex = true,
        },
        Timeline =
        [
            new TimelineEvent { Date = new DateOnly(2026, 1, 14), Kind = TimelineEventKind.Other, Description = "ICE acknowledged the request in writing", ExhibitLabel = "B" },
            new TimelineEvent { Date = new DateOnly(2026, 4, 6), Kind = TimelineEventKind.InquiryToAgency, Description = "the Center asked the ICE FOIA Office when it would respond", Outcome = "the office gave no date", ExhibitLabel = "D" },
        ],
        Duty = new DutyOwed
        {
            LegalSources = ["5-usc-552-a-3-a", "5-usc-552-a-6-a-i", "5-usc-552-a-6-c-i", "5-usc-552-a-4-b"],
            Description = "to determine the request within twenty working days and make the records promptly available",
        },
        Relief = new ReliefRequest { DecideWithinDays = 20 },
        Exhibits =
        [
            new Exhibit { Label = "A", Title = "FOIA request of January 9, 2026, with its requests for a fee waiver and expedited processing" },
            new Exhibit { Label = "B", Title = "ICE acknowledgment of January 14, 2026" },
            new Exhibit { Label = "C", Title = "ICE fee-waiver denial of February 2, 2026" },
            new Exhibit { Label = "D", Title = "Status inquiry of April 6, 2026" },
        ],
        Signer = new Signer
        {
            Kind = SignerKind.Attorney,
            Name = "Marisol Vega",
            BarNumber = "000871",
            BarState = "NC",
            Firm = "Piedmont Immigrant Justice Center (fictitious)",
            Address = new PostalAddress { Lines = ["700 Example Boulevard, Suite 3"], City = "Charlotte", State = "NC", PostalCode = "28202" },
            Phone = "704-555-0187",
            Email = "mvega@example.org",
        },
    };
}
