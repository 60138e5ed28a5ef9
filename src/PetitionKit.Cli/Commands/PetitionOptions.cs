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

    /// <summary>The day a petition is checked and drafted as of: <c>--as-of</c>, or else today's UTC date from the
    /// environment's clock, read once so that validation, analysis and draft agree.</summary>
    public static DateOnly ResolveAsOf(DateOnly? asOf, TimeProvider clock) =>
        asOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
