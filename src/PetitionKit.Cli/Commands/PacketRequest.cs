using PetitionKit.Cli.Io;
using PetitionKit.Templates;

namespace PetitionKit.Cli.Commands;

/// <summary>What one <c>petitionkit packet</c> run was asked to do.</summary>
internal sealed record PacketRequest(string Petition, string? Template, string OutDir, bool Verifications)
{
    public DateOnly? FiledOn { get; init; }

    public DateOnly? ServedOn { get; init; }

    public bool Pdf { get; init; }

    public string? TemplateFile => Template is null || BuiltInTemplates.All.Contains(Template, StringComparer.Ordinal) ? null : Template;

    /// <summary>The inputs. Each document's name is fixed by the library (numbered, .docx, in the folder), so no output
    /// can be the .json petition; a template file inside the folder is checked in <see cref="Refused"/>.</summary>
    public OutputPlan Plan() => new OutputPlan().Input("--petition", Petition).Input("--template", TemplateFile);

    /// <summary>Prints why the run cannot start: the inputs' problems, or a folder that is something else.</summary>
    /// <returns>Whether there was any problem.</returns>
    public bool Refused(TextWriter error)
    {
        var refused = Plan().Refused(error);
        if (OutDir.Trim().Length == 0 || OutDir.Contains('\0', StringComparison.Ordinal))
        {
            error.WriteLine(ErrorPrinter.UsageError($"--out-dir '{OutDir}' is not a folder name; choose another name."));
            return true;
        }

        if (File.Exists(OutDir))
        {
            error.WriteLine(ErrorPrinter.UsageError($"--out-dir '{OutDir}' is a file, not a folder; choose a folder for the packet."));
            return true;
        }

        if (FiledOn is { } filed && ServedOn is { } served && served < filed)
        {
            error.WriteLine(ErrorPrinter.UsageError($"--served-on {Iso(served)} is before --filed-on {Iso(filed)}: the complaint is served after it is filed; check both dates."));
            return true;
        }

        return refused;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
