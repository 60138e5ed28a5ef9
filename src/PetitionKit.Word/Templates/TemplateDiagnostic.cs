using System.Globalization;

namespace PetitionKit.Templates;

/// <summary>One problem found in a template or while rendering it, with where it is and how to fix it.</summary>
/// <param name="Code">A stable code such as <c>PK2001</c>; codes are never reused.</param>
/// <param name="Severity">Whether the problem stops the render.</param>
/// <param name="Location">Where the problem sits.</param>
/// <param name="Message">What is wrong and the likely fix, in plain words.</param>
/// <param name="Tag">The tag as written, such as <c>{{ petitioner.name }}</c>, or empty when the problem is not one tag's.</param>
/// <param name="Excerpt">A short excerpt of the paragraph's text around the problem.</param>
public sealed record TemplateDiagnostic(
    string Code,
    DiagnosticSeverity Severity,
    TemplateLocation Location,
    string Message,
    string Tag,
    string Excerpt)
{
    /// <summary>Formats the diagnostic compiler style, as one line.</summary>
    /// <returns>For example <c>t.docx/word/document.xml(¶14,7): error PK3001: … Tag: {{ agncy }}. Near: ‘…’</c>.</returns>
    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var text = string.Create(CultureInfo.InvariantCulture, $"{Location}: {severity} {Code}: {Message}");
        if (Tag.Length > 0)
        {
            text += $" Tag: {Tag}";
        }

        if (Excerpt.Length > 0)
        {
            text += $" Near: ‘{Excerpt}’";
        }

        return text;
    }
}
