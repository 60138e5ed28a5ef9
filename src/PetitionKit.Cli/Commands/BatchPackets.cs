using System.CommandLine;
using PetitionKit.Cli.Io;
using PetitionKit.Packets;
using PetitionKit.Validation;
using PetitionKit.Word;

namespace PetitionKit.Cli.Commands;

/// <summary><c>petitionkit batch --packets</c>: the filing packet of each petition file in a folder, each into a folder
/// named after its file, one after another. A petition that fails is reported under its file name and the others are
/// still drafted; each packet appears whole or not at all.</summary>
internal static class BatchPackets
{
    /// <summary><c>--packets</c> and the packet's own <c>--verifications</c>, added to <c>batch</c>.</summary>
    public static (Option<bool> Packets, Option<bool> Verifications) Options() => (
        new Option<bool>("--packets")
        {
            Description = "Treat every *.json file as a petition and draft its filing packet into OUT/<file name>/ (as 'petitionkit packet' does), instead of rendering --template.",
        },
        new Option<bool>("--verifications")
        {
            Description = "With --packets: also draft a 28 U.S.C. § 1746 verification for each adult plaintiff who is a person.",
        });

    public static async Task<int> RunAsync(CliEnvironment environment, string petitions, string outDirectory, DateOnly asOf, bool verifications, CancellationToken cancellationToken)
    {
        var files = BatchFiles.Find(petitions, out var folderError);
        if (folderError is not null)
        {
            environment.Error.WriteLine(folderError);
            return ExitCodes.InputErrors;
        }

        if (files.Count == 0)
        {
            environment.Error.WriteLine(ErrorPrinter.FileError(petitions, "the folder has no .json petition files."));
            return ExitCodes.InputErrors;
        }

        var failed = 0;
        foreach (var file in files)
        {
            var folder = Path.Combine(outDirectory, Path.GetFileNameWithoutExtension(file));
            var errors = await DraftOneAsync(file, folder, asOf, verifications, cancellationToken).ConfigureAwait(false);
            if (errors.Count > 0)
            {
                failed++;
                environment.Error.WriteLine(Path.GetFileName(file) + ":");
                ErrorPrinter.Write(environment.Error, errors);
                continue;
            }

            environment.Output.WriteLine($"Wrote {folder}: the filing packet of {Path.GetFileName(file)}, with {PacketCalendar.FileName} and {PacketManifest.FileName}.");
        }

        environment.Output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Packets: {files.Count - failed} written, {failed} failed, as of {asOf:yyyy-MM-dd}."));
        return failed == 0 ? ExitCodes.Success : ExitCodes.InputErrors;
    }

    private static async Task<IReadOnlyList<string>> DraftOneAsync(string file, string folder, DateOnly asOf, bool verifications, CancellationToken cancellationToken)
    {
        var petition = await PetitionInput.ReadAsync(file, cancellationToken).ConfigureAwait(false);
        if (petition.Value is null)
        {
            return petition.Errors;
        }

        var validation = PetitionValidator.Validate(petition.Value, asOf);
        if (validation.HasErrors)
        {
            return [.. validation.Issues.Where(i => i.Severity == Word.Diagnostics.DiagnosticSeverity.Error).Select(i => i.ToString())];
        }

        var options = new PacketOptions { Render = new RenderOptions { AsOf = asOf }, Verifications = verifications };
        var written = await PacketOutputs.WriteAsync(folder, petition.Value, options, cancellationToken).ConfigureAwait(false);
        return written.Errors;
    }
}
