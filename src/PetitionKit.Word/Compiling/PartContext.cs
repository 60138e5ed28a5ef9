using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Lexing;
using PetitionKit.Word.Templates;

namespace PetitionKit.Word.Compiling;

/// <summary>What the compile stages of one part share: its name, running counters and the diagnostics found.</summary>
internal sealed class PartContext(string templateName, string partUri, List<Diagnostic> diagnostics)
{
    public string TemplateName { get; } = templateName;

    public string PartUri { get; } = partUri;

    public List<Diagnostic> Diagnostics { get; } = diagnostics;

    public List<TagSite> Tags { get; } = [];

    /// <summary>Gets or sets the number of paragraphs seen so far in this part, which numbers the next one.</summary>
    public int ParagraphCount { get; set; }

    /// <summary>Gets or sets the text of the last heading seen, for locating tags in the review checklist.</summary>
    public string CurrentSection { get; set; } = string.Empty;

    public TemplateLocation Location(int paragraph, int column) => new(TemplateName, PartUri, paragraph, column);

    public void Error(string code, TemplateLocation location, string message, string tag = "", string excerpt = "") =>
        Diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Error, location, message, tag, excerpt));

    public void Error(string code, TagSite tag, string message) =>
        Error(code, tag.Location, message, tag.Text, tag.Excerpt);

    public void Warning(string code, TemplateLocation location, string message) =>
        Diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Warning, location, message, string.Empty, string.Empty));
}
