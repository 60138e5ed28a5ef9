using System.Globalization;
using System.Text;
using PetitionKit.Catalogs;
using PetitionKit.Model;
using PetitionKit.Petitions;
using PetitionKit.Tests.Model;
using PetitionKit.Validation;
using PetitionKit.Word;
using PetitionKit.Word.Drafting;
using PetitionKit.Word.Functions;
using PetitionKit.Word.Rendering;
using Scriban.Runtime;

namespace PetitionKit.Tests.Petitions;

/// <summary>Writes <c>templates/variables.md</c> from the view the facade really builds, so the reference cannot drift
/// from the code: every path with its type and an example, the functions, and the authority ids <c>cite</c> accepts.</summary>
internal static class VariableReference
{
    // Hand-written, since a delegate carries no docs; Generate fails when a function has none, so a new one is noticed.
    private static readonly Dictionary<string, string> TextFunctionDocs = new(StringComparer.Ordinal)
    {
        ["join_and"] = "`{{ names | text.join_and }}` → \"Ana, Ben, and Cy\" (serial comma; blanks skipped)",
        ["join_or"] = "`{{ names | text.join_or }}` → \"Ana, Ben, or Cy\"",
        ["number_words"] = "`{{ 18 | text.number_words }}` → \"eighteen\"",
        ["number_with_words"] = "`{{ 30 | text.number_with_words }}` → \"thirty (30)\"",
        ["ordinal"] = "`{{ 3 | text.ordinal }}` → \"3rd\"",
        ["ordinal_words"] = "`{{ 3 | text.ordinal_words }}` → \"third\"",
        ["plural"] = "`{{ n | text.plural \"petitioner\" \"petitioners\" }}` → the singular when n is 1",
        ["long_date"] = "`{{ \"2026-06-03\" | text.long_date }}` → \"June 3, 2026\"",
        ["day_of"] = "`{{ \"2026-06-03\" | text.day_of }}` → \"3rd day of June, 2026\"",
        ["clause"] = "`{{ \"The office replied.\" | text.clause }}` → \"the office replied\" (a common first word lower-cased, a final period dropped; names and acronyms kept)",
        ["the"] = "`{{ \"Houston Field Office\" | text.the }}` → \"the Houston Field Office\"",
        ["times"] = "`{{ 2 | text.times }}` → \"twice\" (\"once\", \"three times\")",
        ["possessive"] = "`{{ agency | text.possessive }}` → \"U.S. Citizenship and Immigration Services'\" (a name ending in s takes the apostrophe alone; \"Plaintiff's\", \"Plaintiffs'\")",
    };

    public static string Generate()
    {
        var asOf = SamplePetitions.AsOf;
        var rows = new SortedDictionary<string, Row>(StringComparer.Ordinal);
        foreach (var petition in Samples())
        {
            Walk(View(petition, asOf, RedactionOptions.Default), string.Empty, rows);
        }

        var raw = new SortedDictionary<string, Row>(StringComparer.Ordinal);
        var withRaw = View(SamplePetitions.Complete(), asOf, RedactionOptions.Default with { IncludeRawValues = true });
        Walk(withRaw, string.Empty, raw);

        var functions = rows.Where(r => IsFunction(r.Value)).Select(r => r.Key).ToList();
        if (!functions.SequenceEqual(["cite"], StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"Document the view's functions in VariableReference: {string.Join(", ", functions)}.");
        }

        var text = new StringBuilder();
        Header(text, asOf);
        Table(text, rows.Where(r => !IsFunction(r.Value)));
        text.Append("\n### Raw values (only with `RedactionOptions.IncludeRawValues`)\n\n");
        text.Append("Not in a default draft. An application opts in when the court's rules or a sealed filing need the full value.\n\n");
        Table(text, raw.Where(r => r.Key.StartsWith("petitioners[].raw", StringComparison.Ordinal)));
        Functions(text, asOf);
        Authorities(text);
        return text.ToString();
    }

    /// <summary>The view the facade builds: the complete sample, a richer variant filling every optional fact, and a
    /// § 1447(b) case, so that paths only some case types fill (<c>analysis.naturalization</c>) are listed too.</summary>
    private static IEnumerable<Petition> Samples()
    {
        var complete = SamplePetitions.Complete();
        yield return complete with
        {
            Court = complete.Court with { CaseNumber = "3:25-cv-01234" },
            Application = complete.Application with { Office = "National Benefits Center" },
            Petitioners = [complete.Petitioners[0] with { Ssn = "123-45-6789" }, complete.Petitioners[1]],
            Timeline = [.. complete.Timeline.Select(e => e with { Description = "USCIS scheduled biometrics" })],
            ProcessingTime = complete.ProcessingTime! with { PostedText = "14.5 months" },
            Harms = [.. complete.Harms.Select(h => h with { ExhibitLabel = "E" })],
        };
        yield return complete with
        {
            CaseType = CaseType.N400PostInterview1447b,
            Application = complete.Application with { Form = "N-400", FilingDate = new DateOnly(2023, 5, 1) },
            Timeline = [new TimelineEvent { Date = new DateOnly(2024, 10, 1), Kind = TimelineEventKind.Interview }],
        };
    }

    private static ScriptObject View(Petition petition, DateOnly asOf, RedactionOptions redaction) =>
        PetitionView.Create(petition, asOf, redaction, PetitionValidator.Validate(petition, asOf), PetitionCatalogs.Default).Data;

    private static void Walk(object? value, string path, SortedDictionary<string, Row> rows)
    {
        switch (value)
        {
            case IScriptCustomFunction:
                Add(rows, path, "function", null);
                break;
            case ScriptObject obj:
                if (path.Length > 0)
                {
                    Add(rows, path, "object", null);
                }

                foreach (var name in obj.GetMembers())
                {
                    obj.TryGetValue(name, out var member);
                    Walk(member, path.Length == 0 ? name : $"{path}.{name}", rows);
                }

                break;
            case ScriptArray array:
                Add(rows, path, "list", array.Count == 0 ? "(empty in the sample)" : null);
                foreach (var item in array)
                {
                    Walk(item, path + "[]", rows);
                }

                break;
            default:
                Add(rows, path, TypeOf(value), Example(value));
                break;
        }
    }

    private static void Add(SortedDictionary<string, Row> rows, string path, string type, string? example)
    {
        // The first sample to give a value wins; a value fills a row that so far only saw null.
        if (!rows.TryGetValue(path, out var row) || (string.Equals(row.Type, "empty", StringComparison.Ordinal) && !string.Equals(type, "empty", StringComparison.Ordinal)))
        {
            rows[path] = new Row(type, example);
        }
    }

    private static string TypeOf(object? value) => value switch
    {
        null => "empty",
        string => "text",
        bool => "true/false",
        long or int => "whole number",
        decimal or double => "number",
        _ => value.GetType().Name,
    };

    private static string? Example(object? value) => value switch
    {
        null => null,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        string s => s.Length > 70 ? s[..69] + "…" : s,
        _ => value.ToString(),
    };

    private static bool IsFunction(Row row) => string.Equals(row.Type, "function", StringComparison.Ordinal);

    private static void Header(StringBuilder text, DateOnly asOf)
    {
        text.Append("# Template variables\n\n");
        text.Append("<!-- Generated by tests/PetitionKit.Tests/Petitions/VariableReferenceTests.cs from the view the facade builds; ");
        text.Append("do not edit. Regenerate with PETITIONKIT_ACCEPT=1 dotnet test and review the diff. -->\n\n");
        text.Append("Every path a petition template can read when drafted with `PetitionDrafter.DraftAsync`, with its type and the ");
        text.Append(string.Create(CultureInfo.InvariantCulture, $"value it has for the sample petitions of the tests (as of {asOf:yyyy-MM-dd}). "));
        text.Append("`[]` stands for any item of a list: `{{ for p in petitioners }}{{ p.name }}{{ end }}` or `petitioners[0].name`.\n\n");
        text.Append("**Privacy is applied before a template sees anything** (Fed. R. Civ. P. 5.2): `petitioners[]` (and `petitioner`, ");
        text.Append("the first of them) carry dates of birth as the year only (`birth_year`), Social Security numbers as the last four ");
        text.Append("digits (`ssn_last_four`), minors by their initials (`name`), A-numbers masked (`a_number`), and no residence ");
        text.Append("street address for a minor. The full values are absent unless an application sets ");
        text.Append("`RedactionOptions.IncludeRawValues`, and then only under `petitioners[].raw`. A draft's text is also scanned for ");
        text.Append("identifiers, which become checklist items.\n\n");
        text.Append("Besides the petition's own fields (names as in the petition JSON), the view adds `analysis` (the delay analysis), ");
        text.Append("`profile` (the case type's catalog entry), `district` (the court's district) and the functions listed below. ");
        text.Append("An empty value is listed as `empty`; in a draft it is a visible `[MISSING: path]` placeholder unless guarded by `if`.\n\n");
        text.Append("**Counts:** plead `pleaded_claims` (the petition's `claims` in the case type's pleading order, or the case type's counts ");
        text.Append("when the petition lists none), never `profile.claims`, which is what the case type allows. ");
        text.Append("**Checked:** drafting a petition refuses a template that reads a path not listed here (PK2030) or an unknown function (PK2031), ");
        text.Append("except under `firm`.\n\n");
        text.Append("**`firm`** is the organization's own data, not the petition's: the JSON object an application passes to ");
        text.Append("`PetitionDrafter.DraftAsync(…, firm: …)`, the tool's `draft --firm firm.json`, or `PetitionKitOptions.Firm` from configuration ");
        text.Append("(`{{ firm.name }}`, `{{ firm.matter }}`, any key). Its keys are the organization's to choose, so none is listed or checked; ");
        text.Append("a key the data lacks prints as `[MISSING: firm.key]`, and what a draft prints from it is scanned for identifiers like the rest of its text.\n\n");
        text.Append("## Paths\n\n");
    }

    private static void Table(StringBuilder text, IEnumerable<KeyValuePair<string, Row>> rows)
    {
        text.Append("| path | type | example |\n| --- | --- | --- |\n");
        foreach (var (path, row) in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{path}` | {row.Type} | {Cell(row.Example)} |\n");
        }
    }

    private static void Functions(StringBuilder text, DateOnly asOf)
    {
        text.Append("\n## Functions and globals\n\n");
        text.Append("- `{{ cite \"authority-id\" }}` writes the catalog's citation for an id listed below and adds a \"verify\" item ");
        text.Append("to the checklist; an id outside the catalog, or a denied citation, stops the render. Law enters a draft only this way.\n");
        text.Append("- `{{ review_item \"…\" }}` adds an item to the attorney review checklist and writes nothing in the draft.\n");
        var identity = new TemplateIdentity("uscis-delay.docx", "0.1.0", new string('0', 64));
        var globals = DraftGlobals.Create(identity, new RenderSession(new RenderOptions { AsOf = asOf }, asOf, CancellationToken.None));
        var undocumented = globals.GetMembers().Except(["draft", "text", "review_item"], StringComparer.Ordinal).ToList();
        if (undocumented.Count > 0)
        {
            throw new InvalidOperationException($"Document the new globals in VariableReference: {string.Join(", ", undocumented)}.");
        }

        // Read from the globals a render really gets, so a function added there shows up here.
        var functions = globals["text"] as ScriptObject ?? throw new InvalidOperationException("The draft globals have no text object.");
        foreach (var name in functions.GetMembers().Order(StringComparer.Ordinal))
        {
            var doc = TextFunctionDocs.TryGetValue(name, out var d) ? d
                : throw new InvalidOperationException($"text.{name} has no entry in VariableReference.TextFunctionDocs; add one.");
            text.Append(CultureInfo.InvariantCulture, $"- `text.{name}`: {doc}\n");
        }

        var draft = globals["draft"] as ScriptObject ?? throw new InvalidOperationException("The draft globals have no draft object.");
        text.Append("\n`draft`, the render's own facts (also in the provenance footer):\n\n| path | type | example |\n| --- | --- | --- |\n");
        foreach (var name in draft.GetMembers().Order(StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"| `draft.{name}` | {TypeOf(draft[name])} | {Cell(Example(draft[name]))} |\n");
        }
    }

    private static void Authorities(StringBuilder text)
    {
        text.Append("\n## Authority ids for `cite`\n\n");
        text.Append("From `src/PetitionKit/Catalogs/Data/authorities.json`. Every cited authority goes on the checklist to verify; ");
        text.Append("[S] and [M] entries are never default pleading text (see templates/README.md).\n\n");
        text.Append("| id | citation | verification |\n| --- | --- | --- |\n");
        foreach (var authority in AuthorityCatalog.All)
        {
            var status = Status(authority.Verification);
            if (authority.ContentVerification is { } content)
            {
                status += $"; wording {Status(content)}";
            }

            text.Append(CultureInfo.InvariantCulture, $"| `{authority.Id}` | {Cell(authority.Citation)} | {status} |\n");
        }
    }

    private static string Status(VerificationStatus status) => status switch
    {
        VerificationStatus.Verified => "[V] verified",
        VerificationStatus.SecondaryOnly => "[S] secondary source only",
        _ => "[M] unverified",
    };

    private static string Cell(string? value) =>
        value is null ? string.Empty : value.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private sealed record Row(string Type, string? Example);
}
