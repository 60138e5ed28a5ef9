using PetitionKit.Model;

namespace PetitionKit.Samples.Petitions;

/// <summary>Three petitioners, one a minor: a family's I-485 applications pending at a field office. Fictitious.</summary>
public static class OkaforFamilyAdjustment
{
    public static Petition Create() => new()
    {
        CaseType = CaseType.I485AdjustmentOfStatus,
        Court = new Court { CourtId = "txsd", Division = "Houston" },
        Agency = "U.S. Citizenship and Immigration Services",
        Petitioners =
        [
            new Petitioner
            {
                Name = "Chinedu Okafor",
                Role = PetitionerRole.Applicant,
                Residence = Home(),
                ResidenceDistrict = "txsd",
                ANumber = "A000000101",
                DateOfBirth = new DateOnly(1984, 2, 17),
                Phone = "713-555-0142",
                Email = "chinedu.okafor@example.org",
            },
            new Petitioner
            {
                Name = "Adaeze Okafor",
                Role = PetitionerRole.Derivative,
                Residence = Home(),
                ResidenceDistrict = "txsd",
                ANumber = "A000000102",
                ReceiptNumber = "MSC-23-090-00002",
                DateOfBirth = new DateOnly(1987, 9, 3),
            },
            new Petitioner
            {
                Name = "Tobenna Okafor",
                Role = PetitionerRole.Derivative,
                Residence = Home(),
                ResidenceDistrict = "txsd",
                ANumber = "A000000103",
                ReceiptNumber = "MSC-23-090-00003",
                DateOfBirth = new DateOnly(2014, 5, 22),
                IsMinor = true,
                NextFriend = new NextFriend { Name = "Adaeze Okafor", Relationship = "mother", PetitionerIndex = 1 },
            },
        ],
        Officials =
        [
            new Official { Title = "Secretary of Homeland Security", Agency = "U.S. Department of Homeland Security", Role = OfficialRole.SecretaryOfHomelandSecurity },
            new Official { Title = "Director, U.S. Citizenship and Immigration Services", Agency = "U.S. Citizenship and Immigration Services", Role = OfficialRole.DirectorUscis },
            new Official { Title = "Field Office Director, USCIS Houston Field Office", Agency = "U.S. Citizenship and Immigration Services", Role = OfficialRole.FieldOfficeDirector },
        ],
        Claims = [Claim.Apa, Claim.Mandamus, Claim.DeclaratoryJudgment],
        Application = new ApplicationDetails
        {
            Form = "I-485",
            Category = "EB-2 employment-based, with derivative spouse and child",
            ReceiptNumber = "MSC-23-090-00001",
            FilingDate = new DateOnly(2023, 3, 31),
            Office = "Houston Field Office",
            FilingOffice = "National Benefits Center",
            ExhibitLabel = "A",
        },
        Timeline =
        [
            new TimelineEvent { Date = new DateOnly(2023, 5, 9), Kind = TimelineEventKind.Biometrics, Description = "All three applicants attended biometrics at the Houston Application Support Center.", ExhibitLabel = "B" },
            new TimelineEvent { Date = new DateOnly(2023, 11, 14), Kind = TimelineEventKind.Transfer, Description = "USCIS transferred the applications from the National Benefits Center to the Houston Field Office.", ExhibitLabel = "C" },
            new TimelineEvent { Date = new DateOnly(2024, 4, 2), Kind = TimelineEventKind.RfeIssued, Description = "USCIS requested updated medical examinations (Form I-693).", ExhibitLabel = "D" },
            new TimelineEvent { Date = new DateOnly(2024, 5, 28), Kind = TimelineEventKind.RfeResponse, Description = "The applicants sent the medical examinations.", Outcome = "USCIS confirmed receipt", ExhibitLabel = "E" },
            new TimelineEvent { Date = new DateOnly(2025, 2, 11), Kind = TimelineEventKind.InquiryToAgency, Description = "Counsel submitted a case inquiry.", Outcome = "USCIS replied that the case was pending and gave no date", ExhibitLabel = "F" },
            new TimelineEvent { Date = new DateOnly(2025, 9, 30), Kind = TimelineEventKind.InquiryToCongress, Description = "The family's representative in Congress asked USCIS about the delay.", Outcome = "USCIS replied that the case is under review", ExhibitLabel = "F" },
        ],
        ProcessingTime = new ProcessingTime { PostedMonths = 15.5m, Percentile = 80, PostedText = "80% of cases are completed within 15.5 months", CheckedOn = new DateOnly(2026, 5, 18), ExhibitLabel = "G" },
        Harms =
        [
            new Harm { Kind = HarmKind.Travel, Description = "Mr. Okafor has not seen his ailing mother in Nigeria since 2022, because leaving without advance parole would abandon the application.", PetitionerIndex = 0, ExhibitLabel = "H" },
            new Harm { Kind = HarmKind.Work, Description = "Ms. Okafor's employment authorization must be renewed every two years, and each renewal gap has cost her shifts as a registered nurse.", PetitionerIndex = 1, ExhibitLabel = "H" },
            new Harm { Kind = HarmKind.Other, Description = "T.O. cannot join a school exchange program that requires permanent residence.", PetitionerIndex = 2 },
        ],
        Duty = new DutyOwed { LegalSources = ["8-usc-1255-a", "5-usc-555-b", "5-usc-706-1"], Description = "to adjudicate the Forms I-485 within a reasonable time" },
        Relief = new ReliefRequest { DecideWithinDays = 30, DeclaratoryJudgment = true },
        Exhibits =
        [
            new Exhibit { Label = "A", Title = "Form I-797C receipt notices (three)" },
            new Exhibit { Label = "B", Title = "Biometrics appointment notices" },
            new Exhibit { Label = "C", Title = "Transfer notice to the Houston Field Office" },
            new Exhibit { Label = "D", Title = "Request for Evidence (Form I-797E)" },
            new Exhibit { Label = "E", Title = "Response to the Request for Evidence and delivery confirmation" },
            new Exhibit { Label = "F", Title = "Case inquiry and congressional inquiry with replies" },
            new Exhibit { Label = "G", Title = "USCIS processing-times printout" },
            new Exhibit { Label = "H", Title = "Declarations of Chinedu and Adaeze Okafor" },
        ],
        Signer = new Signer
        {
            Kind = SignerKind.Attorney,
            Name = "Rosa Delgado",
            BarNumber = "00000101",
            BarState = "TX",
            Firm = "Bayou Immigrant Legal Aid (fictitious)",
            Address = new PostalAddress { Lines = ["100 Example Street, Suite 5"], City = "Houston", State = "TX", PostalCode = "77002" },
            Phone = "713-555-0100",
            Email = "rdelgado@example.org",
        },
    };

    private static PostalAddress Home() =>
        new() { Lines = ["4100 Sample Lane"], City = "Houston", County = "Harris", State = "TX", PostalCode = "77036" };
}
