using PetitionKit.Model;
using PetitionKit.Tests.Model;

namespace PetitionKit.Tests.BuiltInTemplates;

/// <summary>The complete sample petition made to fit each built-in template's case type.</summary>
internal static class SampleVariants
{
    public static Petition For(string id)
    {
        var sample = SamplePetitions.Complete();
        return id switch
        {
            "uscis-delay" => sample,
            "naturalization-1447b" => sample with
            {
                CaseType = CaseType.N400PostInterview1447b,
                Claims = [Claim.Naturalization1447b],
                Petitioners = [sample.Petitioners[0]],
                Application = sample.Application with { Form = "N-400", Category = null, ReceiptNumber = "IOE0912345678" },
                Timeline = [new TimelineEvent { Date = new DateOnly(2024, 10, 1), Kind = TimelineEventKind.Interview, ExhibitLabel = "B" }],
                Duty = new DutyOwed { LegalSources = ["8-usc-1447-b"] },
                Relief = new ReliefRequest { DecideWithinDays = 30 },
            },
            "consular-delay" => sample with
            {
                CaseType = CaseType.Ds260AdministrativeProcessing,
                Agency = "U.S. Department of State",
                Officials = [new Official { Title = "Secretary of State", Agency = "U.S. Department of State", Role = OfficialRole.SecretaryOfState }],
                Application = sample.Application with { Form = "DS-260", ReceiptNumber = null },
                Timeline = [.. sample.Timeline, new TimelineEvent { Date = new DateOnly(2023, 2, 1), Kind = TimelineEventKind.AdministrativeProcessingRefusal }],
                Duty = new DutyOwed { LegalSources = ["8-usc-1202-b", "22-cfr-42-81-a"] },
            },
            _ => sample with
            {
                CaseType = CaseType.FoiaRecords,
                Claims = [Claim.Foia],
                Agency = "U.S. Citizenship and Immigration Services",
                Officials = [],
                Petitioners = [sample.Petitioners[0] with { Role = PetitionerRole.Requester }],
                Application = sample.Application with { Form = "FOIA request", Category = "the complete Alien File (A-file) of Plaintiff", ReceiptNumber = null },
                Foia = new FoiaRequest { TrackingNumber = "NRC2025000123" },
                Duty = new DutyOwed { LegalSources = ["5-usc-552-a-3-a"] },
                Relief = new ReliefRequest { DecideWithinDays = 20 },
            },
        };
    }
}
