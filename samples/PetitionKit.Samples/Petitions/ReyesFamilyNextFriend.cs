using PetitionKit.Model;

namespace PetitionKit.Samples.Petitions;

/// <summary>A U.S.-citizen mother's I-130 petitions for her two minor children, who sue through her as next friend, in
/// the Seventh Circuit: one petitioner filed for the family, the file moved offices, the timeline is given out of order.
/// Fictitious.</summary>
public static class ReyesFamilyNextFriend
{
    public static Petition Create() => new()
    {
        CaseType = CaseType.I130PetitionForAlienRelative,
        Court = new Court { CourtId = "ilnd" },
        Agency = "U.S. Citizenship and Immigration Services",
        Petitioners =
        [
            new Petitioner
            {
                Name = "Marisol Reyes",
                Role = PetitionerRole.FilingPetitioner,
                Status = "a U.S. citizen",
                Residence = Home(),
                ResidenceDistrict = "ilnd",
                DateOfBirth = new DateOnly(1986, 4, 9),
                Phone = "312-555-0175",
                Email = "marisol.reyes@example.org",
            },
            Child("Sofia Reyes Castillo", "A000000201", new DateOnly(2011, 8, 14), "LIN-23-190-54321"),
            Child("Mateo Reyes Castillo", "A000000202", new DateOnly(2015, 1, 30), "LIN-23-190-54322"),
        ],
        Officials =
        [
            new Official { Title = "Secretary of Homeland Security", Agency = "U.S. Department of Homeland Security", Role = OfficialRole.SecretaryOfHomelandSecurity },
            new Official { Title = "Director, U.S. Citizenship and Immigration Services", Agency = "U.S. Citizenship and Immigration Services", Role = OfficialRole.DirectorUscis },
            new Official { Title = "Director, National Benefits Center", Agency = "U.S. Citizenship and Immigration Services", Role = OfficialRole.NationalBenefitsCenterDirector },
        ],
        Claims = [Claim.Apa, Claim.Mandamus],
        Application = new ApplicationDetails
        {
            Form = "I-130",
            Category = "IR-2, unmarried children under 21 of a U.S. citizen",
            ReceiptNumber = "LIN-23-190-54321",
            FilingDate = new DateOnly(2023, 2, 14),
            FilingOffice = "Nebraska Service Center",
            Office = "National Benefits Center",
            ExhibitLabel = "A",
        },
        Timeline =
        [
            new TimelineEvent { Date = new DateOnly(2025, 3, 20), Kind = TimelineEventKind.InquiryToAgency, Description = "Ms. Reyes asked USCIS about the delay through its online case inquiry.", Outcome = "USCIS replied that the petitions were pending review.", ExhibitLabel = "E" },
            new TimelineEvent { Date = new DateOnly(2024, 1, 10), Kind = TimelineEventKind.Transfer, Description = "USCIS transferred the petitions from the Nebraska Service Center to the National Benefits Center.", ExhibitLabel = "B" },
            new TimelineEvent { Date = new DateOnly(2024, 9, 3), Kind = TimelineEventKind.RfeIssued, Description = "USCIS requested the children's birth certificates with certified translations.", ExhibitLabel = "C" },
            new TimelineEvent { Date = new DateOnly(2024, 10, 15), Kind = TimelineEventKind.RfeResponse, Description = "Ms. Reyes sent the birth certificates and translations.", Outcome = "USCIS confirmed receipt", ExhibitLabel = "D" },
        ],
        ProcessingTime = new ProcessingTime { PostedMonths = 12m, Percentile = 80, CheckedOn = new DateOnly(2026, 5, 20), ExhibitLabel = "F" },
        Harms =
        [
            new Harm { Kind = HarmKind.Financial, Description = "Ms. Reyes cannot plan the children's schooling or travel while their petitions stay undecided, and has paid for two renewals of their temporary status.", PetitionerIndex = 0, ExhibitLabel = "G" },
            new Harm { Kind = HarmKind.Other, Description = "S.R.C. cannot accept a summer program place that requires proof of an approved petition.", PetitionerIndex = 1, ExhibitLabel = "G" },
        ],
        Duty = new DutyOwed { LegalSources = ["8-usc-1154-b", "5-usc-555-b", "5-usc-706-1"], Description = "to adjudicate the Forms I-130 within a reasonable time" },
        Relief = new ReliefRequest { DecideWithinDays = 30, DeclaratoryJudgment = true },
        Exhibits =
        [
            new Exhibit { Label = "A", Title = "Form I-797C receipt notices (two)" },
            new Exhibit { Label = "B", Title = "Transfer notice to the National Benefits Center" },
            new Exhibit { Label = "C", Title = "Request for Evidence (Form I-797E)" },
            new Exhibit { Label = "D", Title = "Response to the Request for Evidence and delivery confirmation" },
            new Exhibit { Label = "E", Title = "Case inquiry and USCIS reply" },
            new Exhibit { Label = "F", Title = "USCIS processing-times printout" },
            new Exhibit { Label = "G", Title = "Declaration of Marisol Reyes" },
        ],
        Signer = new Signer
        {
            Kind = SignerKind.Attorney,
            Name = "Daniel Okonkwo-Hart",
            BarNumber = "6300201",
            BarState = "IL",
            Firm = "Lakeshore Family Immigration Clinic (fictitious)",
            Address = new PostalAddress { Lines = ["200 Example Plaza, Suite 12"], City = "Chicago", State = "IL", PostalCode = "60604" },
            Phone = "312-555-0100",
            Email = "dhart@example.org",
        },
    };

    // Each child's I-130 has its own receipt; the first child's is the application's.
    private static Petitioner Child(string name, string aNumber, DateOnly dateOfBirth, string receiptNumber) => new()
    {
        Name = name,
        ReceiptNumber = receiptNumber,
        Role = PetitionerRole.Beneficiary,
        Status = "a citizen of Guatemala",
        Residence = Home(),
        ResidenceDistrict = "ilnd",
        ANumber = aNumber,
        DateOfBirth = dateOfBirth,
        IsMinor = true,
        NextFriend = new NextFriend { Name = "Marisol Reyes", Relationship = "mother", PetitionerIndex = 0 },
    };

    private static PostalAddress Home() =>
        new() { Lines = ["2250 Example Avenue, Apt. 3"], City = "Chicago", County = "Cook", State = "IL", PostalCode = "60608" };
}
