using System.CommandLine;
using PetitionKit.Samples;
using PetitionKit.Samples.Petitions;
using Spectre.Console;

var output = new Option<DirectoryInfo>("--out") { Description = "Folder the drafts are written to.", DefaultValueFactory = _ => new DirectoryInfo("out") };
var asOf = new Option<DateOnly>("--as-of")
{
    Description = "The date drafts speak as of (yyyy-mm-dd). The default is fixed, so that every sample stays valid and every run writes the same bytes.",
    DefaultValueFactory = _ => SamplePetitions.AsOf,
};
var root = new RootCommand("Drafts every sample in samples/ into one folder. Every draft is for attorney review, never for filing.") { output, asOf };
root.SetAction((result, cancellationToken) =>
{
    var interactive = !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
    if (Console.IsOutputRedirected)
    {
        // A log has no width; Spectre would otherwise wrap plain lines and the table at 80 columns.
        AnsiConsole.Profile.Width = 160;
    }

    return SampleGenerator.RunAsync(result.GetValue(output)!, result.GetValue(asOf), AnsiConsole.Console, interactive, cancellationToken);
});
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
