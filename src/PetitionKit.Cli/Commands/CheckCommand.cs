using System.CommandLine;
using PetitionKit.Cli.Io;
using PetitionKit.Cli.Machine;
using PetitionKit.Templates;

namespace PetitionKit.Cli.Commands;

/// <summary><c>petitionkit check</c>: lints a template without data, listing every tag and block and every error.</summary>
internal static class CheckCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var template = CliOptions.Template();
        template.Description = "A built-in template id (see 'petitionkit templates') or a Word template: a .docx file or Word XML.";
        template.HelpName = "id|file";
        var petitionModel = new Option<bool>("--petition-model")
        {
            Description = "Also check every path the template reads against the petition model, as drafting a petition does (templates/variables.md).",
        };
        var json = MachineOption.Create();
        var command = new Command("check", "Checks a template without data: lists every tag and block with its place, kind and scope, and every error.")
        {
            template,
            petitionModel,
            json,
        };
        command.SetAction((parsed, cancellationToken) => MachineRun.RunAsync(parsed, json, environment, "check", run =>
            RunAsync(run, parsed.GetRequiredValue(template), parsed.GetValue(petitionModel), cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, string path, bool petitionModel, CancellationToken cancellationToken)
    {
        // A built-in id wins over a file of the same name, as in 'draft'.
        var (loaded, tags) = BuiltInTemplates.All.Contains(path, StringComparer.Ordinal)
            ? (Loaded<PetitionTemplate>.Success(BuiltInTemplates.Get(path)), [])
            : await TemplateInput.LoadWithTagsAsync(path, cancellationToken).ConfigureAwait(false);
        environment.Machine?.Add("template", path);
        environment.Machine?.Add("tags", json => MachineTags.Write(json, loaded.Value?.Tags ?? tags));
        if (loaded.Value is not { } template)
        {
            // Even a template with errors gets its tags listed, so the author sees the structure the errors refer to.
            foreach (var tag in tags)
            {
                environment.Output.WriteLine($"{tag.Location}: {tag.Kind} {tag.Scope} {tag.Text}");
            }

            ErrorPrinter.Write(environment.Error, loaded.Errors);
            environment.Output.WriteLine($"{path}: {DraftSummary.Count(loaded.Errors.Count, "error")}; no draft can be written until the errors are fixed.");
            return ExitCodes.InputErrors;
        }

        foreach (var tag in template.Tags)
        {
            environment.Output.WriteLine($"{tag.Location}: {tag.Kind} {tag.Scope} {tag.Text}");
        }

        // Unknown functions are errors whatever the data; unknown paths only against the petition model.
        var errors = petitionModel ? template.CheckPetitionModel() : template.CheckFunctions();
        if (errors.Count > 0)
        {
            ErrorPrinter.Write(environment.Error, ErrorPrinter.Diagnostics(errors));
            environment.Output.WriteLine($"{path}: {DraftSummary.Count(errors.Count, "error")}; no draft can be written until the errors are fixed.");
            return ExitCodes.InputErrors;
        }

        ErrorPrinter.Write(environment.Error, ErrorPrinter.Diagnostics(template.Warnings));
        var blocks = template.Tags.Count(t => string.Equals(t.Kind, "block", StringComparison.Ordinal));
        environment.Output.WriteLine(
            $"{path}: {DraftSummary.Count(template.Tags.Count, "tag")} ({DraftSummary.Count(blocks, "block")}), 0 errors, {DraftSummary.Count(template.Warnings.Count, "warning")}.");
        return ExitCodes.Success;
    }
}
