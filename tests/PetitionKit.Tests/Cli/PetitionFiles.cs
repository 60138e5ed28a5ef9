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

    public static string Write(CliRun cli, string name, Petition petition) =>
        cli.Write(name, PetitionJson.Write(petition));
}
