using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>Every problem found in a petition, found in one pass.</summary>
/// <remarks>Immutable.</remarks>
public sealed class ValidationReport
{
    internal ValidationReport(IReadOnlyList<Diagnostic> issues)
    {
        Issues = issues;
    }

    /// <summary>Gets every issue found, errors and warnings, in the order the rules run.</summary>
    public IReadOnlyList<Diagnostic> Issues { get; }

    /// <summary>Gets a value indicating whether any issue is an error.</summary>
    public bool HasErrors => Issues.Any(issue => issue.Severity == DiagnosticSeverity.Error);

    /// <summary>Throws when any issue is an error, listing every issue at once.</summary>
    /// <exception cref="PetitionValidationException">The report holds at least one error.</exception>
    public void ThrowIfErrors()
    {
        if (HasErrors)
        {
            throw new PetitionValidationException(this);
        }
    }

    /// <summary>Answers the report as an RFC 7807 problem listing every issue with its code, severity, path and message:
    /// the shape the intake sample returns for a petition it cannot draft.</summary>
    /// <param name="title">The problem's title; "The petition is not valid." when null.</param>
    /// <param name="status">The HTTP status; 400 unless given.</param>
    /// <returns>The problem.</returns>
    public PetitionProblem ToProblem(string? title = null, int status = 400) =>
        new(status, title ?? "The petition is not valid.", Issues);

    /// <summary>Lists the issues one a line.</summary>
    /// <returns>The issues, or "no issues".</returns>
    public override string ToString() =>
        Issues.Count == 0 ? "no issues" : string.Join(Environment.NewLine, Issues);
}
