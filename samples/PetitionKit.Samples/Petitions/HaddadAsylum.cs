using PetitionKit.Model;

namespace PetitionKit.Samples.Petitions;

/// <summary>An affirmative asylum application (Form I-589) with no interview for six years. Fictitious.</summary>
public static class HaddadAsylum
{
    public static Petition Create() => new()
    {
        CaseType = CaseType.I589AffirmativeAsylum,
        Court = new Court { CourtId = "njd", Division = "Newark" },
        Agency = "U.S. Citizenship and Immigration Services",
        Petitioners =
        [
            new Petitioner
            {
                Name = "Samir Haddad",
                Role = PetitionerRole.Applicant,
                Residence = new PostalAddress { Lines = ["22 Placeholder Avenue, Apt. 3"], City = "Paterson", County = "Passaic", State = "NJ", PostalCode = "07501" },
                ANumber = "A000000201",
                DateOfBirth = new DateOnly(1990, 11, 8),
                Phone = "973-555-0178",
                Email = "samir.haddad@example.org",
            },
        ],
        Officials =
        [
            new Official { Title = "Director, Newark Asylum Office, U.S. Citizenship and Immigration Services", Agency = "U.S. Citizenship and Immigration Services", Role = OfficialRole.AsylumOfficeDirector },
            new Official { Title = "Director, U.S. Citizenship and Immigration Services", Agency = "U.S. Citizenship and Immigration Services", Role = OfficialRole.DirectorUscis },
            new Official { Title = "Secretary of Homeland Security", Agency = "U.S. Department of Homeland Security", Role = OfficialRole.SecretaryOfHomelandSecurity },
        ],
        Claims = [Claim.Apa, Claim.Mandamus],
        Application = new ApplicationDetails
        {
            Form = "I-589",
            Category = "affirmative asylum",
            ReceiptNumber = "ZNK2000000001",
            FilingDate = new DateOnly(2020, 2, 14),
            Office = "Newark Asylum Office",
            ExhibitLabel = "A",
        },
        Timeline =
        [
            new TimelineEvent { Date = new DateOnly(2020, 3, 10), Kind = TimelineEventKind.Biometrics, Description = "Mr. Haddad attended biometrics.", ExhibitLabel = "B" },
            new TimelineEvent { Date = new DateOnly(2022, 6, 1), Kind = TimelineEventKind.InquiryToAgency, Description = "Mr. Haddad asked the Newark Asylum Office when he would be interviewed.", Outcome = "no interview date given", ExhibitLabel = "C" },
            new TimelineEvent { Date = new DateOnly(2024, 1, 16), Kind = TimelineEventKind.InquiryToOmbudsman, Description = "Counsel filed a case assistance request with the CIS Ombudsman.", Outcome = "the Ombudsman closed the request, citing the asylum office's scheduling priorities", ExhibitLabel = "C" },
            new TimelineEvent { Date = new DateOnly(2025, 10, 7), Kind = TimelineEventKind.ExpediteRequest, Description = "Counsel asked the asylum office to schedule an interview because of Mr. Haddad's children's situation.", Outcome = "the asylum office denied the request", ExhibitLabel = "D" },
        ],
        ProcessingTime = new ProcessingTime { PostedText = "USCIS schedules affirmative asylum interviews newest-first and posts no processing time for pending backlog cases", CheckedOn = new DateOnly(2026, 5, 20), ExhibitLabel = "E" },
        Harms =
        [
            new Harm { Kind = HarmKind.FamilySeparation, Description = "Mr. Haddad's two young children remain abroad; they cannot follow him until his application is granted.", PetitionerIndex = 0, ExhibitLabel = "F" },
            new Harm { Kind = HarmKind.Health, Description = "A treating clinician describes anxiety and insomnia tied to the uncertainty of the pending case.", PetitionerIndex = 0, ExhibitLabel = "F" },
        ],
        Duty = new DutyOwed
        {
            LegalSources = ["8-usc-1158-d-5-a-ii", "8-usc-1158-d-5-a-iii", "5-usc-555-b", "5-usc-706-1"],
            Description = "to interview Mr. Haddad and adjudicate his Form I-589 within a reasonable time",
        },
        Relief = new ReliefRequest { DecideWithinDays = 60 },
        Exhibits =
        [
            new Exhibit { Label = "A", Title = "Form I-589 receipt notice" },
            new Exhibit { Label = "B", Title = "Biometrics appointment notice" },
            new Exhibit { Label = "C", Title = "Inquiries to the asylum office and the CIS Ombudsman, with replies" },
            new Exhibit { Label = "D", Title = "Expedite request and denial" },
            new Exhibit { Label = "E", Title = "USCIS affirmative asylum scheduling page printout" },
            new Exhibit { Label = "F", Title = "Declaration of Samir Haddad and clinician's letter" },
        ],
        Signer = new Signer
        {
            Kind = SignerKind.Attorney,
            Name = "Jordan Ellis",
            BarNumber = "000000201",
            BarState = "NJ",
            Firm = "Garden State Asylum Project (fictitious)",
            Address = new PostalAddress { Lines = ["200 Example Plaza"], City = "Newark", State = "NJ", PostalCode = "07102" },
            Phone = "973-555-0100",
            Email = "jellis@example.org",
        },
    };
}
