using PetitionKit.Cli.Io;
using PetitionKit.Templates;

namespace PetitionKit.Cli.Commands;

/// <summary>What <c>petitionkit draft</c> was asked to read and write.</summary>
/// <param name="Petition">The petition file.</param>
/// <param name="Template">A built-in template id or a template file, or null for the case type's built-in template.</param>
/// <param name="Output">The draft to write.</param>
/// <param name="Report">The report to write, or null.</param>
/// <param name="Checklist">The separate checklist document to write, or null to keep it in the draft.</param>
/// <param name="Firm">The organization's own data (a JSON object read as firm.*), or null.</param>
internal sealed record DraftRequest(string Petition, string? Template, string Output, string? Report, string? Checklist, string? Firm = null)
{
    /// <summary>Gets the template file, or null when the template is built in (an id wins over a file of that name).</summary>
    public string? TemplateFile => Template is null || BuiltInTemplates.All.Contains(Template, StringComparer.Ordinal) ? null : Template;

    /// <summary>Names every file the draft reads and writes, so that no output overwrites an input or another output.</summary>
    public OutputPlan Plan() => new OutputPlan()
        .Input("--petition", Petition).Input("--template", TemplateFile).Input("--firm", Firm)
        .Output("--out", Output).Output("--report", Report).Output("--checklist", Checklist);
}
