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

    /// <summary>Lists the issues one a line.</summary>
    /// <returns>The issues, or "no issues".</returns>
    public override string ToString() =>
        Issues.Count == 0 ? "no issues" : string.Join(Environment.NewLine, Issues);
}
