using System.Globalization;

namespace PetitionKit.Validation;

/// <summary>One problem found in a petition.</summary>
/// <param name="Code">The stable code, <c>PK1nnn</c>.</param>
/// <param name="Severity">Whether it blocks drafting.</param>
/// <param name="Path">Where it is, as a snake_case JSON path that is also the template path, with 0-based indexes, such as
/// <c>petitioners[1].a_number</c>; empty for the petition as a whole.</param>
/// <param name="Message">What is wrong and how to fix it, in plain words.</param>
public sealed record ValidationIssue(string Code, IssueSeverity Severity, string Path, string Message)
{
    /// <summary>Formats the issue compiler style: <c>petitioners[1].a_number: error PK1013: …</c>.</summary>
    /// <returns>The formatted issue.</returns>
    public override string ToString()
    {
        var severity = Severity == IssueSeverity.Error ? "error" : "warning";
        var where = Path.Length == 0 ? "petition" : Path;
        return string.Create(CultureInfo.InvariantCulture, $"{where}: {severity} {Code}: {Message}");
    }
}
