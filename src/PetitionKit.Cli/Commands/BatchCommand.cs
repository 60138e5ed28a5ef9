using System.CommandLine;
using PetitionKit.Cli.Io;
using PetitionKit.Cli.Progress;
using PetitionKit.Templates;
using PetitionKit.Word;

namespace PetitionKit.Cli.Commands;

/// <summary><c>petitionkit batch</c>: one draft per JSON file in a folder, rendered in parallel: plain data through one
/// compiled template, or (<c>--petitions</c>) petitions, each validated and drafted through the given template or its
/// case type's built-in one.</summary>
internal static class BatchCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var template = TemplateOption();
        var petitions = BatchPetitions.Option();
        var (packets, verifications) = BatchPackets.Options();
        var dataDirectory = new Option<string>("--data-dir")
        {
            Description = "The folder of data files; every *.json file in it (not in subfolders) becomes one draft.",
            HelpName = "folder",
            Required = true,
        };
        var outDirectory = new Option<string>("--out-dir")
        {
            Description = "The folder the drafts go to, created when missing; each draft is named after its data file, with .docx.",
            HelpName = "folder",
            Required = true,
        };
        var jobs = new Option<int?>("--jobs", "-j")
        {
            Description = "How many drafts to render at once. Default: one per processor core.",
            HelpName = "n",
        };
        jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--jobs must be 1 or more.");
            }
        });
        var strict = CliOptions.Strict();
        var asOf = CliOptions.AsOf();
        var command = new Command("batch", "Renders one attorney-review draft per JSON data file in a folder; a bad record does not stop the others.")
        {
            template, dataDirectory, outDirectory, jobs, strict, asOf, petitions, packets, verifications,
        };
        command.SetAction((parsed, cancellationToken) =>
        {
            if (parsed.GetValue(packets))
            {
                return BatchPackets.RunAsync(environment, parsed.GetRequiredValue(dataDirectory), parsed.GetRequiredValue(outDirectory),
                    CliOptions.ResolveAsOf(parsed, asOf, environment), parsed.GetValue(verifications), cancellationToken);
            }

            if (parsed.GetValue(template) is null && !parsed.GetValue(petitions))
            {
                environment.Error.WriteLine(ErrorPrinter.UsageError("batch needs --template, --petitions to draft each petition file, or --packets to draft a filing packet from each."));
                return Task.FromResult(ExitCodes.Usage);
            }

            var run = new BatchRun(
                environment,
                parsed.GetValue(template),
                parsed.GetValue(petitions),
                parsed.GetRequiredValue(dataDirectory),
                parsed.GetRequiredValue(outDirectory),
                parsed.GetValue(jobs) ?? Environment.ProcessorCount,
                CliOptions.ForRender(parsed, asOf, strict, environment));
            return RunAsync(run, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(BatchRun run, CancellationToken cancellationToken)
    {
        var error = run.Environment.Error;
        var loaded = run.Template is { } given ? await LoadTemplateAsync(given, cancellationToken).ConfigureAwait(false) : null;
        var dataFiles = BatchFiles.Find(run.DataDirectory, out var folderError);
        if (loaded is { Value: null } || folderError is not null)
        {
            ErrorPrinter.Write(error, [.. loaded?.Errors ?? [], .. folderError is null ? [] : new[] { folderError }]);
            return ExitCodes.InputErrors;
        }

        var template = loaded?.Value;

        if (dataFiles.Count == 0)
        {
            error.WriteLine(ErrorPrinter.FileError(run.DataDirectory, "the folder has no .json data files."));
            return ExitCodes.InputErrors;
        }

        try
        {
            Directory.CreateDirectory(run.OutDirectory);
        }
        catch (Exception ex) when (FileErrors.IsFileProblem(ex))
        {
            // Said once here rather than once per record.
            error.WriteLine(ErrorPrinter.FileError(run.OutDirectory, $"the output folder {FileErrors.DescribeWrite(ex)}"));
            return ExitCodes.InputErrors;
        }

        IReadOnlyList<Word.Diagnostics.Diagnostic> templateWarnings = template?.Warnings ?? [];
        ErrorPrinter.Write(error, ErrorPrinter.Diagnostics(templateWarnings));
        var refusals = Refusals(run, dataFiles);
        var outcomes = new BatchOutcome[dataFiles.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = run.Jobs, CancellationToken = cancellationToken };
        await BatchProgress.RunAsync(run.Environment, dataFiles.Count, report => Parallel.ForEachAsync(
            Enumerable.Range(0, dataFiles.Count),
            parallel,
            async (index, token) =>
            {
                var dataPath = dataFiles[index];
                outcomes[index] = refusals.Contains(dataPath)
                    ? new BatchOutcome(Path.GetFileName(dataPath), Path.GetFileName(DraftPath(run, dataPath)), null, refusals[dataPath].ToList())
                    : run.Petitions
                        ? await BatchPetitions.DraftOneAsync(template, dataPath, DraftPath(run, dataPath), run.Options, token).ConfigureAwait(false)
                        : await DraftOneAsync(template!, dataPath, run, token).ConfigureAwait(false);
                report(outcomes[index]);
            })).ConfigureAwait(false);

        BatchSummary.Write(run.Environment, run.OutDirectory, outcomes, templateWarnings, run.Petitions ? "petitions" : "data files");
        return outcomes.All(o => o.Succeeded) ? ExitCodes.Success : ExitCodes.InputErrors;
    }

    private static async Task<BatchOutcome> DraftOneAsync(PetitionTemplate template, string dataPath, BatchRun run, CancellationToken cancellationToken)
    {
        var dataFile = Path.GetFileName(dataPath);
        var draftPath = DraftPath(run, dataPath);
        var draftFile = Path.GetFileName(draftPath);
        var data = await DataInput.ReadAsync(dataPath, cancellationToken).ConfigureAwait(false);
        using var document = data.Value;
        if (document is null)
        {
            return new BatchOutcome(dataFile, draftFile, null, data.Errors);
        }

        try
        {
            var written = await DraftOutputs.WriteAsync(
                draftPath,
                report: null,
                checklist: null,
                stream => PetitionDrafter.RenderAsync(template, document.RootElement, stream, run.Options, cancellationToken),
                cancellationToken).ConfigureAwait(false);
            return new BatchOutcome(dataFile, draftFile, written.Value, written.Errors);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A defect met by one record is that record's failure: the others are still drafted and the summary
            // still printed, with the defect named so it can be reported.
            return new BatchOutcome(dataFile, draftFile, null, [ErrorPrinter.FileError(dataPath, $"internal error while drafting ({ex.GetType().Name}: {ex.Message}); please report it.")]);
        }
    }

    private static Option<string> TemplateOption()
    {
        var template = CliOptions.Template();
        // Not required when --packets or --petitions drafts from petition files; checked in the action.
        template.Required = false;
        template.Description = "A built-in template id (see 'petitionkit templates') or a Word template: a .docx file or Word XML. With --petitions, optional: by default each petition's case type picks its built-in template.";
        template.HelpName = "id|file";
        return template;
    }

    /// <summary>A built-in id (which wins over a file of that name, as in 'draft') or a template file.</summary>
    private static async Task<Loaded<PetitionTemplate>> LoadTemplateAsync(string template, CancellationToken cancellationToken) =>
        BuiltInTemplates.All.Contains(template, StringComparer.Ordinal)
            ? Loaded<PetitionTemplate>.Success(BuiltInTemplates.Get(template))
            : await TemplateInput.LoadAsync(template, cancellationToken).ConfigureAwait(false);

    /// <summary>Checks every record's draft against the template and the other drafts before any is written: two data
    /// files whose names differ only in case (<c>r007.json</c>, <c>r007.JSON</c>) would share one draft, so neither is
    /// drafted and each lists the other, while the rest are drafted as usual.</summary>
    /// <returns>The error lines of each refused record, by data file.</returns>
    private static ILookup<string, string> Refusals(BatchRun run, IReadOnlyList<string> dataFiles)
    {
        var plan = new OutputPlan();
        plan.Input("--template", run.Template is { } given && !BuiltInTemplates.All.Contains(given, StringComparer.Ordinal) ? given : null);
        var byLabel = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var dataPath in dataFiles)
        {
            var label = $"the draft of {Path.GetFileName(dataPath)}";
            byLabel.Add(label, dataPath);
            plan.Output(label, DraftPath(run, dataPath));
        }

        return plan.Problems
            .SelectMany(problem => new[] { problem.Label, problem.OtherLabel }
                .Where(label => label is not null && byLabel.ContainsKey(label))
                .Select(label => (DataPath: byLabel[label!], problem.Message)))
            .ToLookup(refusal => refusal.DataPath, refusal => ErrorPrinter.FileError(refusal.DataPath, refusal.Message), StringComparer.Ordinal);
    }

    private static string DraftPath(BatchRun run, string dataPath) =>
        Path.Combine(run.OutDirectory, Path.ChangeExtension(Path.GetFileName(dataPath), ".docx"));

    private sealed record BatchRun(CliEnvironment Environment, string? Template, bool Petitions, string DataDirectory, string OutDirectory, int Jobs, RenderOptions Options);
}
