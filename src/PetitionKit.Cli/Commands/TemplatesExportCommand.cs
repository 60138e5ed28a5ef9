using System.CommandLine;
using System.Text;
using PetitionKit.Cli.Io;
using PetitionKit.Cli.Machine;
using PetitionKit.Templates;

namespace PetitionKit.Cli.Commands;

/// <summary><c>petitionkit templates export ID FOLDER</c>: a built-in template's Word file and its outline, to start an
/// organization's own template from.</summary>
internal static class TemplatesExportCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var id = new Argument<string>("id") { Description = "The built-in template to export (see 'petitionkit templates')." };
        var folder = new Argument<string>("folder") { Description = "The folder to write <id>.docx and <id>.outline.txt to; created when missing, files of the same names replaced." };
        var json = MachineOption.Create();
        var command = new Command("export", "Writes a built-in template's Word file and its outline into a folder, to start your own template from.")
        {
            id, folder, json,
        };
        command.SetAction((parsed, cancellationToken) => MachineRun.RunAsync(parsed, json, environment, "templates export", run =>
            RunAsync(run, parsed.GetRequiredValue(id), parsed.GetRequiredValue(folder), cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, string id, string folder, CancellationToken cancellationToken)
    {
        if (!BuiltInTemplates.All.Contains(id, StringComparer.Ordinal))
        {
            environment.Error.WriteLine(ErrorPrinter.UsageError($"there is no built-in template '{id}'; the built-in templates are {string.Join(", ", BuiltInTemplates.All)}."));
            return ExitCodes.Usage;
        }

        if (File.Exists(folder))
        {
            environment.Error.WriteLine(ErrorPrinter.UsageError($"'{folder}' is a file, not a folder; choose a folder for the template."));
            return ExitCodes.Usage;
        }

        var docx = Path.Combine(folder, id + ".docx");
        var outline = Path.Combine(folder, id + ".outline.txt");
        if (new OutputPlan().Output("the template", docx).Output("the outline", outline).Refused(environment.Error))
        {
            return ExitCodes.Usage;
        }

        try
        {
            // Both files or neither, like every other output of the tool.
            var outputs = new StagedOutputs();
            await using (outputs.ConfigureAwait(false))
            {
                await outputs.WriteAsync(docx, stream => CopyTemplateAsync(id, stream, cancellationToken), cancellationToken).ConfigureAwait(false);
                await outputs.WriteAsync(outline, stream => stream.WriteAsync(Encoding.UTF8.GetBytes(BuiltInTemplates.GetOutline(id)), cancellationToken).AsTask(), cancellationToken).ConfigureAwait(false);
                await outputs.CommitAsync().ConfigureAwait(false);
            }
        }
        catch (OutputFileException ex)
        {
            environment.Error.WriteLine(ex.ErrorLine);
            return ExitCodes.InputErrors;
        }

        environment.Output.WriteLine($"Wrote {docx}: the built-in template '{id}', to edit in Word; check your changes with 'petitionkit check --template {docx} --petition-model'.");
        environment.Output.WriteLine($"Wrote {outline}: its outline, one line per paragraph with its style and tags.");
        environment.Machine?.Add("template", docx);
        environment.Machine?.Add("outline", outline);
        return ExitCodes.Success;
    }

    private static async Task CopyTemplateAsync(string id, Stream destination, CancellationToken cancellationToken)
    {
        var source = BuiltInTemplates.OpenTemplateFile(id);
        await using (source.ConfigureAwait(false))
        {
            await source.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
        }
    }
}
