using PetitionKit.Json;
using PetitionKit.Model;
using PetitionKit.Tests.Model;

namespace PetitionKit.Tests.Cli;

/// <summary>Petition files for the petition commands, written by the library from the shared valid sample.</summary>
internal static class PetitionFiles
{
    /// <summary>The as-of date the sample is valid on, as the command line writes it.</summary>
    public const string AsOf = "2025-06-02";

    public static string WriteValid(CliRun cli, string name = "petition.json") =>
        cli.Write(name, PetitionJson.Write(SamplePetitions.Complete()));

    /// <summary>A naturalization case 244 days after the interview: ripe under 8 U.S.C. § 1447(b) since 2025-01-30.</summary>
    public static Petition Naturalization()
    {
        var complete = SamplePetitions.Complete();
        return complete with
        {
            CaseType = CaseType.N400PostInterview1447b,
            Petitioners = [complete.Petitioners[0]],
            Claims = [],
            Application = new ApplicationDetails { Form = "N-400", ReceiptNumber = "IOE-0912345678", FilingDate = new DateOnly(2023, 5, 1) },
            Timeline = [new TimelineEvent { Date = new DateOnly(2024, 10, 1), Kind = TimelineEventKind.Interview, Description = "USCIS interviewed Ms. Lopez" }],
            Duty = new DutyOwed { LegalSources = ["8-usc-1447-b"], Description = "to decide the N-400" },
        };
    }

    public static string Write(CliRun cli, string name, Petition petition) =>
        cli.Write(name, PetitionJson.Write(petition));
}
