using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PetitionKit.Json;
using PetitionKit.Model;
using PetitionKit.Validation;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.IntakePage.Intake;

/// <summary>What the validator says about the petition as it stands, even half filled in.</summary>
/// <param name="Issues">Every issue, each with the path it is about.</param>
/// <param name="Petition">The petition, when it can be read and has no errors, so it can be drafted.</param>
public sealed partial record IntakeCheck(IReadOnlyList<Diagnostic> Issues, Petition? Petition)
{
    /// <summary>The code of a required property the petition lacks (docs/diagnostics.md).</summary>
    public const string MissingRequired = "PK1003";

    /// <summary>Gets the errors.</summary>
    public IEnumerable<Diagnostic> Errors => Issues.Where(i => i.Severity == DiagnosticSeverity.Error);

    /// <summary>Gets the warnings.</summary>
    public IEnumerable<Diagnostic> Warnings => Issues.Where(i => i.Severity != DiagnosticSeverity.Error);

    /// <summary>Reads and validates the petition. A petition still missing a required fact on a later page cannot be
    /// read at all; so that the pages filled so far are still checked, a copy gets a stand-in for each missing fact,
    /// and the issues the stand-ins cause are dropped: what is left is what the person has entered.</summary>
    /// <param name="state">The petition as it stands.</param>
    /// <param name="asOf">The date the draft speaks as of.</param>
    /// <returns>The issues, and the petition when it can be drafted.</returns>
    public static IntakeCheck Run(PetitionState state, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(state);
        var validated = Validate(state, asOf);
        var check = validated with { Issues = [.. validated.Issues.Select(Plain)] };
        // The page's own check: a defendant's title with a blank in brackets would be drafted as if it were a name.
        var blanks = Defendants.Blanks(state).ToList();
        return blanks.Count == 0 ? check : new IntakeCheck([.. check.Issues, .. blanks], null);
    }

    private static IntakeCheck Validate(PetitionState state, DateOnly asOf)
    {
        if (Read(state) is { } petition)
        {
            var report = PetitionValidator.Validate(petition, asOf);
            return new IntakeCheck(report.Issues, report.HasErrors ? null : petition);
        }

        var shape = ShapeIssues(state);
        var missing = shape.Where(i => string.Equals(i.Code, MissingRequired, StringComparison.Ordinal) && i.Path.Length > 0).Select(i => i.Path).ToList();
        if (missing.Count == 0 || missing.Contains("case_type"))
        {
            return new IntakeCheck(shape, null);
        }

        var filled = state.Clone();
        foreach (var path in missing)
        {
            filled.Set(path, StandIn(path, asOf));
        }

        if (Read(filled) is not { } standIn)
        {
            return new IntakeCheck(shape, null);
        }

        var rest = PetitionValidator.Validate(standIn, asOf).Issues
            .Where(i => !missing.Any(m => new Field(m, string.Empty, FieldKind.Text, string.Empty, false).Owns(i.Path)));
        return new IntakeCheck([.. shape, .. rest], null);
    }

    // The reader names a missing property as the file spells it ('principal_place_of_business'); the page says it in
    // words, beside the field that asks for it.
    private static Diagnostic Plain(Diagnostic issue) =>
        string.Equals(issue.Code, MissingRequired, StringComparison.Ordinal) && QuotedName().Match(issue.Message) is { Success: true } name
            ? new Diagnostic(issue.Code, issue.Severity, issue.Path, $"Required: the {name.Groups["name"].Value.Replace('_', ' ')} is missing.")
            : issue;

    private static Petition? Read(PetitionState state)
    {
        try
        {
            return PetitionJson.Read(state.ToJson());
        }
        catch (PetitionValidationException)
        {
            return null;
        }
    }

    private static IReadOnlyList<Diagnostic> ShapeIssues(PetitionState state)
    {
        try
        {
            PetitionJson.Read(state.ToJson());
            return [];
        }
        catch (PetitionValidationException ex)
        {
            return ex.Report.Issues;
        }
    }

    // A value of the right shape for each required property, never shown and never drafted.
    private static JsonNode StandIn(string path, DateOnly asOf)
    {
        var name = PetitionState.Segments(path)[^1] as string ?? string.Empty;
        var date = asOf.AddYears(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return name switch
        {
            "court" => new JsonObject { ["court_id"] = "dcd" },
            "court_id" => "dcd",
            "petitioners" => new JsonArray(new JsonObject { ["name"] = "Stand-in" }),
            "application" => new JsonObject { ["form"] = "Form", ["filing_date"] = date },
            "kind" when path.StartsWith("signer", StringComparison.Ordinal) => "attorney",
            "kind" => "other",
            "principal_place_of_business" or "residence" or "address" => new JsonObject { ["city"] = "Stand-in" },
            _ when name.Contains("date", StringComparison.Ordinal) || name.EndsWith("_on", StringComparison.Ordinal) => date,
            _ => "Stand-in",
        };
    }

    [GeneratedRegex(@"'(?<name>[a-z_]+)' is required", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex QuotedName();
}
