using PetitionKit.Model;

namespace PetitionKit.Samples.Petitions;

/// <summary>A Freedom of Information Act request for an A-file, unanswered past the statutory time. Fictitious.</summary>
public static class MensahFoia
{
    public static Petition Create() => new()
    {
        CaseType = CaseType.FoiaRecords,
        Court = new Court { CourtId = "dcd", VenueBasis = VenueBasis.FoiaRecordsOrDistrictOfColumbia },
        Agency = "U.S. Citizenship and Immigration Services",
        Petitioners =
        [
            new Petitioner
            {
                Name = "Kwame Mensah",
                Role = PetitionerRole.Requester,
                Residence = new PostalAddress { Lines = ["500 Hypothetical Road"], City = "Silver Spring", County = "Montgomery", State = "MD", PostalCode = "20910" },
                ANumber = "A000000501",
                Phone = "301-555-0155",
                Email = "kwame.mensah@example.org",
            },
        ],
        Officials =
        [
            new Official { Title = "U.S. Citizenship and Immigration Services", Agency = "U.S. Citizenship and Immigration Services", Role = OfficialRole.Agency },
        ],
        Claims = [Claim.Foia],
        Application = new ApplicationDetails
        {
            Form = "FOIA request",
            Category = "Mr. Mensah's complete alien file (A-file)",
            FilingDate = new DateOnly(2025, 9, 15),
            Office = "National Records Center FOIA/PA Office",
            ExhibitLabel = "A",
        },
        Timeline =
        [
            new TimelineEvent { Date = new DateOnly(2025, 9, 17), Kind = TimelineEventKind.Other, Description = "USCIS acknowledged the request and placed it in the complex-track queue.", ExhibitLabel = "B" },
            new TimelineEvent { Date = new DateOnly(2026, 1, 12), Kind = TimelineEventKind.InquiryToAgency, Description = "Mr. Mensah asked the FOIA office for an estimated completion date.", Outcome = "no date given", ExhibitLabel = "C" },
        ],
        Harms =
        [
            new Harm { Kind = HarmKind.Other, Description = "Mr. Mensah needs his prior filings to prepare a naturalization application and to answer questions about a 2009 entry.", PetitionerIndex = 0 },
        ],
        Duty = new DutyOwed
        {
            LegalSources = ["5-usc-552-a-3-a", "5-usc-552-a-6-a-i", "5-usc-552-a-6-c-i", "5-usc-552-a-4-b"],
            Description = "to determine the request within twenty working days and make the records promptly available",
        },
        Exhibits =
        [
            new Exhibit { Label = "A", Title = "FOIA request and submission confirmation" },
            new Exhibit { Label = "B", Title = "Acknowledgment letter" },
            new Exhibit { Label = "C", Title = "Status inquiry and reply" },
        ],
        Signer = new Signer
        {
            Kind = SignerKind.Attorney,
            Name = "Helen Okoro",
            BarNumber = "000501",
            BarState = "DC",
            Firm = "Capital Records Access Project (fictitious)",
            Address = new PostalAddress { Lines = ["500 Example Street NW"], City = "Washington", State = "DC", PostalCode = "20001" },
            Phone = "202-555-0100",
            Email = "hokoro@example.org",
        },
    };
}
