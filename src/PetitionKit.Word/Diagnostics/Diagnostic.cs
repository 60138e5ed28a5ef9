using System.Globalization;
using PetitionKit.Word.Templates;

namespace PetitionKit.Word.Diagnostics;

/// <summary>One problem found in data (a petition), a template or a render, with its code, how serious it is, where it is and
/// how to fix it.</summary>
/// <param name="Code">A stable code such as <c>PK1013</c> or <c>PK2001</c>; codes are never reused (see
/// <c>docs/diagnostics.md</c>).</param>
/// <param name="Severity">Whether the problem stops the draft.</param>
/// <param name="Message">What is wrong and the likely fix, in plain words.</param>
/// <remarks>A problem sits in a template (<see cref="Location"/>, with <see cref="Tag"/> and <see cref="Excerpt"/>) or
/// in a petition or render data (<see cref="Path"/>), or both for data a template reads.</remarks>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message)
{
    /// <summary>Initializes a problem in a template or a render.</summary>
    /// <param name="code">A stable code.</param>
    /// <param name="severity">Whether the problem stops the render.</param>
    /// <param name="location">Where the problem sits in the template.</param>
    /// <param name="message">What is wrong and the likely fix.</param>
    /// <param name="tag">The tag as written, or empty.</param>
    /// <param name="excerpt">A short excerpt of the paragraph's text around the problem, or empty.</param>
    public Diagnostic(string code, DiagnosticSeverity severity, TemplateLocation location, string message, string tag, string excerpt)
        : this(code, severity, message)
    {
        Location = location;
        Tag = tag;
        Excerpt = excerpt;
    }

    /// <summary>Initializes a problem in data: a petition, or a render's data.</summary>
    /// <param name="code">A stable code.</param>
    /// <param name="severity">Whether the problem stops the draft.</param>
    /// <param name="path">The field's snake_case JSON path, or empty for the data as a whole (printed as <c>$</c>).</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    public Diagnostic(string code, DiagnosticSeverity severity, string path, string message)
        : this(code, severity, message)
    {
        Path = path;
    }

    /// <summary>Gets where the problem sits in a template; null for a problem in a petition.</summary>
    public TemplateLocation? Location { get; init; }

    /// <summary>Gets where the problem sits in a petition, as a snake_case JSON path that is also the template path,
    /// with 0-based indexes, such as <c>petitioners[1].a_number</c>; empty for the data as a whole (printed as <c>$</c>) or a problem
    /// in a template.</summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>Gets the tag as written, such as <c>{{ petitioner.name }}</c>, or empty when the problem is not one tag's.</summary>
    public string Tag { get; init; } = string.Empty;

    /// <summary>Gets a short excerpt of the paragraph's text around the problem, or empty.</summary>
    public string Excerpt { get; init; } = string.Empty;

    /// <summary>Formats the diagnostic compiler style, as one line.</summary>
    /// <returns>For example <c>t.docx/word/document.xml(¶14,7): error PK3001: … Tag: {{ agncy }}. Near: ‘…’</c> or
    /// <c>petitioners[1].a_number: error PK1013: …</c>.</returns>
    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        // A problem with the data as a whole has an empty path; it is printed as the JSON path of the root, which names
        // no kind of data, so the engine's diagnostics read the same for any caller's data.
        var where = Location?.ToString() ?? (Path.Length == 0 ? "$" : Path);
        var text = string.Create(CultureInfo.InvariantCulture, $"{where}: {severity} {Code}: {Message}");
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
