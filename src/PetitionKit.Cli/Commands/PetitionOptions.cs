using System.CommandLine;

namespace PetitionKit.Cli.Commands;

/// <summary>The options of the commands that take a petition file rather than a template's raw data.</summary>
internal static class PetitionOptions
{
    public static Option<string> Petition() => new("--petition", "-p")
    {
        Description = "The petition: a JSON file in PetitionKit's petition format (schema/petition.schema.json).",
        HelpName = "file.json",
        Required = true,
    };
}
