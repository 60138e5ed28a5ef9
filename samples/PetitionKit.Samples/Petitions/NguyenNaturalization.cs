using PetitionKit.Model;

namespace PetitionKit.Samples.Petitions;

/// <summary>A naturalization application undecided more than 120 days after the interview (8 U.S.C. § 1447(b)). Fictitious.</summary>
public static class NguyenNaturalization
{
    public static Petition Create() => new()
    {
        CaseType = CaseType.N400PostInterview1447b,
        Court = new Court { CourtId = "wawd", Division = "Seattle" },
        Agency = "U.S. Citizenship and Immigration Services",
        Petitioners =
        [
            new Petitioner
            {
                Name = "Thi Lan Nguyen",
                Role = PetitionerRole.Applicant,
                Residence = new PostalAddress { Lines = ["300 Fictional Way"], City = "Seattle", County = "King", State = "WA", PostalCode = "98118" },
                ResidenceDistrict = "wawd",
                ANumber = "A000000301",
                DateOfBirth = new DateOnly(1979, 7, 30),
                Phone = "206-555-0163",
                Email = "lan.nguyen@example.org",
            },
        ],
        Officials =
        [
            new Official { Title = "Field Office Director, USCIS Seattle Field Office", Agency = "U.S. Citizenship and Immigration Services", Role = OfficialRole.FieldOfficeDirector },
            new Official { Title = "Director, U.S. Citizenship and Immigration Services", Agency = "U.S. Citizenship and Immigration Services", Role = OfficialRole.DirectorUscis },
            new Official { Title = "Secretary of Homeland Security", Agency = "U.S. Department of Homeland Security", Role = OfficialRole.SecretaryOfHomelandSecurity },
        ],
        Claims = [Claim.Naturalization1447b],
        Application = new ApplicationDetails
        {
            Form = "N-400",
            Category = "naturalization after five years of permanent residence",
            ReceiptNumber = "IOE0900000001",
            FilingDate = new DateOnly(2025, 1, 10),
            Office = "Seattle Field Office",
            ExhibitLabel = "A",
        },
        Timeline =
        [
            new TimelineEvent { Date = new DateOnly(2025, 2, 20), Kind = TimelineEventKind.Biometrics, Description = "Ms. Nguyen attended biometrics.", ExhibitLabel = "B" },
            new TimelineEvent
            {
                Date = new DateOnly(2025, 10, 21),
                Kind = TimelineEventKind.Interview,
                Description = "Ms. Nguyen was examined at the Seattle Field Office and passed the English and civics tests.",
                Outcome = "the officer issued Form N-652, which stated that a decision could not yet be made",
                ExhibitLabel = "C",
            },
            new TimelineEvent { Date = new DateOnly(2026, 3, 3), Kind = TimelineEventKind.InquiryToAgency, Description = "Ms. Nguyen asked USCIS for a decision.", Outcome = "USCIS replied that the case was pending", ExhibitLabel = "D" },
        ],
        ProcessingTime = new ProcessingTime { PostedMonths = 6.5m, CheckedOn = new DateOnly(2026, 5, 20), ExhibitLabel = "E" },
        Harms =
        [
            new Harm { Kind = HarmKind.Other, Description = "Ms. Nguyen cannot vote, serve on a jury or petition for her mother as an immediate relative until she is naturalized.", PetitionerIndex = 0 },
        ],
        Duty = new DutyOwed { LegalSources = ["8-usc-1447-b", "8-cfr-335-3-a"], Description = "to determine the naturalization application within 120 days after the examination" },
        Relief = new ReliefRequest { DecideWithinDays = 30 },
        Exhibits =
        [
            new Exhibit { Label = "A", Title = "Form N-400 receipt notice" },
            new Exhibit { Label = "B", Title = "Biometrics appointment notice" },
            new Exhibit { Label = "C", Title = "Interview notice and Form N-652 Naturalization Interview Results" },
            new Exhibit { Label = "D", Title = "Case inquiry and reply" },
            new Exhibit { Label = "E", Title = "USCIS processing-times printout" },
        ],
        Signer = new Signer
        {
            Kind = SignerKind.Attorney,
            Name = "Priya Raman",
            BarNumber = "00301",
            BarState = "WA",
            Firm = "Puget Sound Citizenship Clinic (fictitious)",
            Address = new PostalAddress { Lines = ["300 Example Avenue, Floor 2"], City = "Seattle", State = "WA", PostalCode = "98104" },
            Phone = "206-555-0100",
            Email = "praman@example.org",
        },
    };
}
