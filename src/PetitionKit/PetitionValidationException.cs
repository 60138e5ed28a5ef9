using PetitionKit.Validation;
using PetitionKit.Word;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit;

/// <summary>A petition could not be read or drafted; <see cref="Report"/> lists every problem found, each with its code and
/// its snake_case path.</summary>
public sealed class PetitionValidationException : PetitionKitException
{
    internal PetitionValidationException(ValidationReport report, Exception? innerException = null)
        : base(Describe(report), innerException)
    {
        Report = report;
    }

    /// <summary>Gets the report; it holds at least one error.</summary>
    public ValidationReport Report { get; }

    private static string Describe(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var errors = report.Issues.Count(issue => issue.Severity == DiagnosticSeverity.Error);
        var count = errors == 1 ? "1 error" : $"{errors} errors";
        return $"The petition has {count}:{Environment.NewLine}{report}";
    }
}
