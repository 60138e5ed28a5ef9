using PetitionKit.Model;

namespace PetitionKit.Tests.Model;

/// <summary>A valid baseline petition, varied in tests with <see langword="with"/>.</summary>
internal static class SamplePetitions
{
    public static readonly DateOnly AsOf = new(2025, 6, 2);

    public static Petition Complete() => new()
    {
        CaseType = CaseType.I130PetitionForAlienRelative,
        Court = new Court { CourtId = "cand", Division = "San Francisco" },
        Agency = "U.S. Citizenship and Immigration Services",
        Petitioners = Petitioners(),
        Officials = Officials(),
        Claims = [Claim.Apa, Claim.Mandamus],
        Application = new ApplicationDetails
        {
            Form = "I-130",
            Category = "IR-1 spouse of U.S. citizen",
            ReceiptNumber = "EAC-22-123-45678",
            FilingDate = new DateOnly(2022, 3, 1),
        },
        Timeline =
        [
            new TimelineEvent { Date = new DateOnly(2022, 4, 15), Kind = TimelineEventKind.Biometrics, ExhibitLabel = "B" },
            new TimelineEvent
            {
                Date = new DateOnly(2024, 9, 3),
                Kind = TimelineEventKind.InquiryToAgency,
                Outcome = "case is pending",
                ExhibitLabel = "C",
            },
        ],
        ProcessingTime = new ProcessingTime { PostedMonths = 14.5m, CheckedOn = new DateOnly(2025, 5, 30), ExhibitLabel = "D" },
        Harms = [new Harm { Kind = HarmKind.FamilySeparation, Description = "The couple has lived apart for three years.", PetitionerIndex = 0 }],
        Duty = new DutyOwed { LegalSources = ["5-usc-555-b", "5-usc-706-1"], Description = "to adjudicate the Form I-130" },
        Relief = new ReliefRequest { Requests = ["Order Defendants to adjudicate the Form I-130 within 30 days."], DecideWithinDays = 30 },
        Exhibits =
        [
            new Exhibit { Label = "A", Title = "Form I-797C receipt notice" },
            new Exhibit { Label = "B", Title = "Biometrics appointment notice" },
            new Exhibit { Label = "C", Title = "e-Request confirmation" },
            new Exhibit { Label = "D", Title = "USCIS processing-times printout" },
        ],
        Signer = Signer(),
    };

    private static IReadOnlyList<Petitioner> Petitioners() =>
        [
            new Petitioner
            {
                Name = "Maria Lopez",
                Role = PetitionerRole.FilingPetitioner,
                Residence = new PostalAddress
                {
                    Lines = ["100 Main Street"],
                    City = "Oakland",
                    County = "Alameda",
                    State = "CA",
                    PostalCode = "94612",
                },
                ResidenceDistrict = "cand",
                ANumber = "A12345678",
                DateOfBirth = new DateOnly(1985, 4, 9),
                Phone = "510-555-0100",
                Email = "maria@example.org",
            },
            new Petitioner
            {
                Name = "Jose Lopez",
                Role = PetitionerRole.Beneficiary,
                Residence = new PostalAddress { City = "Guadalajara", Country = "Mexico" },
            },
        ];

    private static IReadOnlyList<Official> Officials() =>
        [
            new Official
            {
                Title = "Director, U.S. Citizenship and Immigration Services",
                Agency = "U.S. Citizenship and Immigration Services",
                Role = OfficialRole.DirectorUscis,
            },
            new Official
            {
                Title = "Secretary of Homeland Security",
                Agency = "U.S. Department of Homeland Security",
                PersonName = "A. Secretary",
                NameAsOf = new DateOnly(2025, 5, 20),
                Role = OfficialRole.SecretaryOfHomelandSecurity,
            },
        ];

    private static Signer Signer() =>
        new Signer
        {
            Kind = SignerKind.Attorney,
            Name = "Ana Attorney",
            BarNumber = "123456",
            BarState = "CA",
            Firm = "Legal Aid Example",
            Address = new PostalAddress { Lines = ["1 Court Plaza"], City = "San Francisco", State = "CA", PostalCode = "94102" },
            Phone = "415-555-0199",
            Email = "ana@example.org",
        };
}
