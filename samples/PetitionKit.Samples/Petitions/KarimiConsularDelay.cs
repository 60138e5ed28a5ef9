using PetitionKit.Model;

namespace PetitionKit.Samples.Petitions;

/// <summary>A spouse's immigrant visa refused under INA § 221(g) and held in administrative processing for three years.
/// Fictitious.</summary>
public static class KarimiConsularDelay
{
    public static Petition Create() => new()
    {
        CaseType = CaseType.Ds260AdministrativeProcessing,
        Court = new Court { CourtId = "vaed", Division = "Alexandria" },
        Agency = "U.S. Department of State",
        Petitioners =
        [
            new Petitioner
            {
                Name = "Sara Karimi",
                Role = PetitionerRole.FilingPetitioner,
                Residence = new PostalAddress { Lines = ["400 Imaginary Court"], City = "Fairfax", County = "Fairfax", State = "VA", PostalCode = "22030" },
                ResidenceDistrict = "vaed",
                DateOfBirth = new DateOnly(1991, 1, 12),
                Phone = "703-555-0119",
                Email = "sara.karimi@example.org",
            },
            new Petitioner
            {
                Name = "Reza Karimi",
                Role = PetitionerRole.Beneficiary,
                Residence = new PostalAddress { City = "Abu Dhabi", Country = "United Arab Emirates" },
                DateOfBirth = new DateOnly(1989, 6, 4),
            },
        ],
        Officials =
        [
            new Official { Title = "Secretary of State", Agency = "U.S. Department of State", Role = OfficialRole.SecretaryOfState },
            new Official { Title = "Chief of the Consular Section, U.S. Embassy Abu Dhabi", Agency = "U.S. Department of State", Role = OfficialRole.ConsularOfficer },
            new Official { Title = "Director, Office of Screening, Analysis, and Coordination", Agency = "U.S. Department of State", Role = OfficialRole.ScreeningAnalysisCoordinationDirector },
        ],
        Claims = [Claim.Apa, Claim.Mandamus],
        Application = new ApplicationDetails
        {
            Form = "DS-260",
            Category = "IR-1 spouse of U.S. citizen",
            FilingDate = new DateOnly(2022, 8, 3),
            Office = "U.S. Embassy Abu Dhabi",
            ExhibitLabel = "A",
            AllRequestedDocumentsProvided = true,
        },
        Timeline =
        [
            new TimelineEvent { Date = new DateOnly(2023, 5, 16), Kind = TimelineEventKind.Interview, Description = "Mr. Karimi was interviewed at the U.S. Embassy in Abu Dhabi.", ExhibitLabel = "B" },
            new TimelineEvent { Date = new DateOnly(2023, 5, 16), Kind = TimelineEventKind.AdministrativeProcessingRefusal, ExhibitLabel = "B" },
            new TimelineEvent { Date = new DateOnly(2023, 6, 5), Kind = TimelineEventKind.Other, Description = "At the consular section's request, Mr. Karimi submitted Form DS-5535 with fifteen years of travel and employment history.", Outcome = "the embassy confirmed receipt", ExhibitLabel = "C" },
            new TimelineEvent { Date = new DateOnly(2023, 10, 2), Kind = TimelineEventKind.InquiryToAgency, Description = "Ms. Karimi asked the embassy about the case.", Outcome = "the embassy replied that the case was undergoing necessary administrative processing", ExhibitLabel = "D" },
            new TimelineEvent { Date = new DateOnly(2024, 3, 18), Kind = TimelineEventKind.InquiryToCongress, Description = "Ms. Karimi's representative in Congress asked the Department of State about the case.", Outcome = "the Department of State replied that it could give no time frame", ExhibitLabel = "D" },
            new TimelineEvent { Date = new DateOnly(2024, 8, 27), Kind = TimelineEventKind.Other, Description = "The embassy asked for an updated passport copy, which Mr. Karimi sent within a week.", ExhibitLabel = "E" },
            new TimelineEvent { Date = new DateOnly(2025, 2, 10), Kind = TimelineEventKind.InquiryToAgency, Description = "Counsel asked the embassy whether administrative processing was complete.", Outcome = "the embassy replied that administrative processing was ongoing", ExhibitLabel = "D" },
            new TimelineEvent { Date = new DateOnly(2025, 9, 15), Kind = TimelineEventKind.InquiryToAgency, Description = "Counsel wrote to the Visa Office public inquiry form.", Outcome = "no substantive reply came", ExhibitLabel = "D" },
            new TimelineEvent { Date = new DateOnly(2026, 1, 20), Kind = TimelineEventKind.ExpediteRequest, Description = "Counsel asked the embassy to expedite on medical grounds.", Outcome = "no reply came", ExhibitLabel = "F" },
            new TimelineEvent { Date = new DateOnly(2026, 5, 15), Kind = TimelineEventKind.Other, Description = "The online visa status page still reads \"Refused\" with a last-updated date of May 16, 2023.", ExhibitLabel = "G" },
        ],
        Harms =
        [
            new Harm { Kind = HarmKind.FamilySeparation, Description = "The couple has lived on two continents for almost four years of marriage.", ExhibitLabel = "H" },
            new Harm { Kind = HarmKind.Health, Description = "Ms. Karimi is being treated for a high-risk pregnancy without her husband present.", PetitionerIndex = 0, ExhibitLabel = "H" },
            new Harm { Kind = HarmKind.Financial, Description = "Ms. Karimi pays for two households and for repeated travel to the United Arab Emirates.", PetitionerIndex = 0, ExhibitLabel = "H" },
        ],
        Duty = new DutyOwed
        {
            LegalSources = ["8-usc-1202-b", "22-cfr-42-81-a", "9-fam-301-2-2-b", "5-usc-555-b", "5-usc-706-1"],
            Description = "to conclude administrative processing and finally adjudicate Mr. Karimi's immigrant visa application",
        },
        Relief = new ReliefRequest { DecideWithinDays = 30 },
        Exhibits =
        [
            new Exhibit { Label = "A", Title = "Form I-797 approval notice for the Form I-130 and the visa application confirmation" },
            new Exhibit { Label = "B", Title = "INA § 221(g) refusal letter" },
            new Exhibit { Label = "C", Title = "Form DS-5535 submission and confirmation" },
            new Exhibit { Label = "D", Title = "Inquiries to the embassy, the Visa Office and Congress, with replies" },
            new Exhibit { Label = "E", Title = "Embassy request for a passport copy and response" },
            new Exhibit { Label = "F", Title = "Expedite request" },
            new Exhibit { Label = "G", Title = "Visa status page printout" },
            new Exhibit { Label = "H", Title = "Declaration of Sara Karimi and physician's letter" },
        ],
        Signer = new Signer
        {
            Kind = SignerKind.Attorney,
            Name = "Marcus Webb",
            BarNumber = "00401",
            BarState = "VA",
            Firm = "Potomac Family Immigration Clinic (fictitious)",
            Address = new PostalAddress { Lines = ["400 Example Boulevard"], City = "Alexandria", State = "VA", PostalCode = "22314" },
            Phone = "703-555-0100",
            Email = "mwebb@example.org",
        },
    };
}
