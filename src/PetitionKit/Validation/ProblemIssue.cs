using System.Text.Json.Serialization;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>One issue of a <see cref="PetitionProblem"/>, as a client reads it.</summary>
/// <param name="Code">The stable code, such as <c>PK1003</c> (docs/diagnostics.md).</param>
/// <param name="Severity"><c>error</c> or <c>warning</c>.</param>
/// <param name="Path">The snake_case JSON path of the petition's field (<c>petitioners[0].a_number</c>), or a template's
/// place as text; empty when the issue concerns the whole request.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record ProblemIssue(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("message")] string Message)
{
    /// <summary>Creates the client's view of a diagnostic.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns>The issue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostic"/> is null.</exception>
    public static ProblemIssue From(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        // A template diagnostic's location, as text, stands where a petition's path would.
        return new ProblemIssue(
            diagnostic.Code,
            diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning",
            diagnostic.Location?.ToString() ?? diagnostic.Path,
            diagnostic.Message);
    }
}
