using PetitionKit.Catalogs;
using PetitionKit.Model;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>The petition under check, the day it is checked as of, the catalog, and the issues found so far.</summary>
internal sealed class ValidationContext(Petition petition, DateOnly asOf, IPetitionCatalog catalog)
{
    private readonly List<Diagnostic> _issues = [];

    public Petition Petition { get; } = petition;

    public DateOnly AsOf { get; } = asOf;

    public IPetitionCatalog Catalog { get; } = catalog;

    public IReadOnlyList<Diagnostic> Issues => _issues;

    public void Error(string code, string path, string message) =>
        _issues.Add(new Diagnostic(code, DiagnosticSeverity.Error, path, message));

    public void Warning(string code, string path, string message) =>
        _issues.Add(new Diagnostic(code, DiagnosticSeverity.Warning, path, message));
}
