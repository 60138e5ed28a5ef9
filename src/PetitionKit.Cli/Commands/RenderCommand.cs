using System.CommandLine;
using PetitionKit.Cli.Io;
using PetitionKit.Word;

namespace PetitionKit.Cli.Commands;

/// <summary><c>petitionkit render</c>: one template and one JSON data file in, one attorney-review draft out.</summary>
internal static class RenderCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var template = CliOptions.Template();
        var data = new Option<string>("--data", "-d")
        {
            Description = "The data: a JSON object whose keys reach the template exactly as written.",
            HelpName = "file.json",
            Required = true,
        };
        var output = CliOptions.Out();
        var report = CliOptions.Report("missing values, changed values, review items, warnings");
        var strict = CliOptions.Strict();
        var asOf = CliOptions.AsOf();
        var command = new Command("render", "Renders one attorney-review draft from a template and a JSON data file.")
        {
            template, data, output, report, strict, asOf,
        };
        command.SetAction((parsed, cancellationToken) =>
        {
            var request = new Request(parsed.GetRequiredValue(template), parsed.GetRequiredValue(data), parsed.GetRequiredValue(output), parsed.GetValue(report));

            // Checked before any input is read, so a mistyped option costs nothing and overwrites nothing.
            return request.Plan().Refused(environment.Error)
                ? Task.FromResult(ExitCodes.Usage)
                : RunAsync(environment, request, CliOptions.ForRender(parsed, asOf, strict, environment), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, Request request, RenderOptions options, CancellationToken cancellationToken)
    {
        var template = await TemplateInput.LoadAsync(request.Template, cancellationToken).ConfigureAwait(false);
        var data = await DataInput.ReadAsync(request.Data, cancellationToken).ConfigureAwait(false);
        using var document = data.Value;
        if (template.Value is null || document is null)
        {
            ErrorPrinter.Write(environment.Error, [.. template.Errors, .. data.Errors]);
            return ExitCodes.InputErrors;
        }

        var result = await DraftOutputs.WriteAndSummarizeAsync(
            environment,
            request.Output,
            request.Report,
            checklist: null,
            stream => PetitionDrafter.RenderAsync(template.Value, document.RootElement, stream, options, cancellationToken),
            cancellationToken).ConfigureAwait(false);
        return result is null ? ExitCodes.InputErrors : ExitCodes.Success;
    }

    private sealed record Request(string Template, string Data, string Output, string? Report)
    {
        public OutputPlan Plan() => new OutputPlan()
            .Input("--template", Template).Input("--data", Data)
            .Output("--out", Output).Output("--report", Report);
    }
}
