using PetitionKit.Templates;

namespace PetitionKit.Cli.Commands;

/// <summary>What <c>petitionkit draft</c> was asked to read and write.</summary>
/// <param name="Petition">The petition file.</param>
/// <param name="Template">A built-in template id or a template file, or null for the case type's built-in template.</param>
/// <param name="Output">The draft to write.</param>
/// <param name="Report">The report to write, or null.</param>
/// <param name="Checklist">The separate checklist document to write, or null to keep it in the draft.</param>
internal sealed record DraftRequest(string Petition, string? Template, string Output, string? Report, string? Checklist)
{
    /// <summary>Gets the template file, or null when the template is built in (an id wins over a file of that name).</summary>
    public string? TemplateFile => Template is null || BuiltInTemplates.All.Contains(Template, StringComparer.Ordinal) ? null : Template;

    /// <summary>Says which output would overwrite an input or another output, or null when none would.</summary>
    public string? Collision()
    {
        string?[] inputs = [Petition, TemplateFile];
        var outputs = new List<(string Option, string Path)> { ("--out", Output) };
        if (Report is not null)
        {
            outputs.Add(("--report", Report));
        }

        if (Checklist is not null)
        {
            outputs.Add(("--checklist", Checklist));
        }

        for (var i = 0; i < outputs.Count; i++)
        {
            var (option, path) = outputs[i];
            if (inputs.Any(input => input is not null && CliOptions.SamePath(path, input))
                || outputs.Take(i).Any(earlier => CliOptions.SamePath(path, earlier.Path)))
            {
                return $"{option} '{path}' would overwrite an input or another output; choose another file.";
            }
        }

        return null;
    }
}
