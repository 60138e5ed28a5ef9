using System.CommandLine;
using System.Text.Json;
using PetitionKit.Cli.Machine;
using PetitionKit.Model;
using PetitionKit.Templates;

namespace PetitionKit.Cli.Commands;

/// <summary><c>petitionkit templates</c>: lists the built-in templates, the case types each drafts by default, and its purpose.</summary>
internal static class TemplatesCommand
{
    // One line each, from templates/README.md; a template the library adds later is still listed, with a plain line.
    private static readonly Dictionary<string, string> Purposes = new(StringComparer.Ordinal)
    {
        [BuiltInTemplates.UscisDelay] = "Complaint for USCIS delay: APA §§ 555(b), 706(1) and mandamus § 1361 counts.",
        [BuiltInTemplates.Naturalization1447b] = "Petition for a hearing on a naturalization application under 8 U.S.C. § 1447(b).",
        [BuiltInTemplates.ConsularDelay] = "Complaint to compel a decision on a visa held in administrative processing (INA § 221(g)) or the K-1 stage.",
        [BuiltInTemplates.Foia] = "FOIA complaint under FOIA's own cause of action; no mandamus count.",
    };

    public static Command Create(CliEnvironment environment)
    {
        var json = MachineOption.Create();
        var command = new Command("templates", "Lists the built-in templates: id, the case types each drafts by default, and its purpose.")
        {
            json,
            TemplatesExportCommand.Create(environment),
        };
        command.SetAction((parsed, _) => MachineRun.RunAsync(parsed, json, environment, "templates", run => Task.FromResult(Run(run))));
        return command;
    }

    private static int Run(CliEnvironment environment)
    {
        foreach (var id in BuiltInTemplates.All)
        {
            environment.Output.WriteLine($"{id}: {Purpose(id)}");
            var caseTypes = DefaultFor(id);
            environment.Output.WriteLine($"  default for: {(caseTypes.Count == 0 ? "no case type (choose it with --template)" : string.Join(", ", caseTypes))}");
        }

        var undrafted = Enum.GetValues<CaseType>().Where(caseType => BuiltInTemplates.ForCaseType(caseType) is null)
            .Select(caseType => JsonNamingPolicy.SnakeCaseLower.ConvertName(caseType.ToString()))
            .ToList();
        environment.Output.WriteLine($"Not drafted as mandamus: {string.Join(", ", undrafted)} (see 'petitionkit validate' for the route that fits).");
        environment.Machine?.Add("templates", json => MachineTemplates.Write(json, BuiltInTemplates.All, Purpose, DefaultFor));
        environment.Machine?.Add("not_drafted", undrafted);
        return ExitCodes.Success;
    }

    private static string Purpose(string id) => Purposes.GetValueOrDefault(id, "A built-in template.");

    private static List<string> DefaultFor(string id) =>
        Enum.GetValues<CaseType>()
            .Where(caseType => string.Equals(BuiltInTemplates.ForCaseType(caseType), id, StringComparison.Ordinal))
            .Select(caseType => JsonNamingPolicy.SnakeCaseLower.ConvertName(caseType.ToString()))
            .ToList();
}
