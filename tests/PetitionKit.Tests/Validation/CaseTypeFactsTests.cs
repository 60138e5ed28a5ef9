using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PetitionKit.Json;
using PetitionKit.Model;
using PetitionKit.Tests.BuiltInTemplates;
using PetitionKit.Validation;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Tests.Validation;

/// <summary>The facts an intake form asks for each case type are the validator's own: every fact with a code is taken
/// out of a sample petition of that case type and the validator must report that code at that path, as an error for a
/// required fact and a warning for a recommended one; every path is one the petition file has.</summary>
public sealed partial class CaseTypeFactsTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 1);

    public static TheoryData<string> Samples() => [.. Directory.GetFiles(SampleFolder(), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Samples))]
    public void For_EachCodedFact_RemovedFromASample_IsReportedWithItsCodeAtItsPath(string sample)
    {
        var json = File.ReadAllText(Path.Combine(SampleFolder(), sample));
        var caseType = PetitionJson.Read(json).CaseType;

        var checkedFacts = 0;
        foreach (var fact in CaseTypeFacts.For(caseType).Where(f => f.Code is not null))
        {
            var node = JsonNode.Parse(json)!;
            if (!Remove(node, fact.Path))
            {
                continue;
            }

            var issues = Issues(node.ToJsonString());
            var expected = fact.Level == FactLevel.Required ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
            issues.Should().Contain(
                i => i.Code == fact.Code && i.Severity == expected && Normalized(i.Path).StartsWith(fact.Path.Split('.')[0], StringComparison.Ordinal),
                $"{sample} without {fact.Path} must be {fact.Code} ({expected}); found: {string.Join("; ", issues)}");
            checkedFacts++;
        }

        checkedFacts.Should().BeGreaterThan(3, "most coded facts are present in a sample, so most are checked");
    }

    [Fact]
    public void For_EveryCaseType_ListsRequiredFactsFirstAndOnlyPathsThePetitionFileHas()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(PetitionSchema.Json);
        foreach (var caseType in Enum.GetValues<CaseType>())
        {
            var facts = CaseTypeFacts.For(caseType);

            facts.Should().NotBeEmpty();
            facts.Select(f => f.Level).Should().BeInAscendingOrder($"{caseType}: required facts come first");
            facts.Should().OnlyContain(f => f.UsedFor.Length > 20, "each fact says what the draft does with it");
            foreach (var fact in facts)
            {
                InSchema(schema.RootElement, fact.Path).Should().BeTrue($"{caseType}: {fact.Path} is a path of the petition file");
            }
        }
    }

    [Fact]
    public void For_CaseTypes_AskWhatTheirOwnRulesNeed()
    {
        CaseTypeFacts.For(CaseType.N400PostInterview1447b).Should().Contain(f => f.Path == "timeline" && f.Level == FactLevel.Required && f.Code == "PK1030");
        CaseTypeFacts.For(CaseType.I765EmploymentAuthorization).Should().Contain(f => f.Path == "application.ead_category" && f.Level == FactLevel.Required);
        CaseTypeFacts.For(CaseType.I485AdjustmentOfStatus).Should().Contain(f => f.Path == "visa" && f.Level == FactLevel.Recommended);
        CaseTypeFacts.For(CaseType.I589AffirmativeAsylum).Should().NotContain(f => f.Path == "visa");
        CaseTypeFacts.For(CaseType.FoiaRecords).Should().NotContain(f => f.Path == "officials" || f.Path == "application.receipt_number")
            .And.Contain(f => f.Path == "foia.component_received_on");
    }

    private static IReadOnlyList<Diagnostic> Issues(string json)
    {
        try
        {
            return PetitionValidator.Validate(PetitionJson.Read(json), AsOf).Issues;
        }
        catch (PetitionValidationException ex)
        {
            return ex.Report.Issues;
        }
    }

    /// <summary>Takes the fact out: the property at the path, from every item where the path goes through a list.</summary>
    private static bool Remove(JsonNode node, string path)
    {
        var segments = path.Split('.');
        IEnumerable<JsonNode?> current = [node];
        foreach (var segment in segments[..^1])
        {
            var name = segment.TrimEnd(']', '[');
            current = current.SelectMany<JsonNode?, JsonNode?>(n => n?[name] switch
            {
                JsonArray array when segment.EndsWith("[]", StringComparison.Ordinal) => array.ToList(),
                { } child => new List<JsonNode?> { child },
                _ => new List<JsonNode?>(),
            }).ToList();
        }

        var removed = false;
        foreach (var holder in current.OfType<JsonObject>())
        {
            removed |= holder.Remove(segments[^1]);
        }

        return removed;
    }

    private static bool InSchema(System.Text.Json.JsonElement schema, string path)
    {
        var current = schema;
        foreach (var segment in path.Split('.'))
        {
            var name = segment.TrimEnd(']', '[');
            if (!current.TryGetProperty("properties", out var properties) || !properties.TryGetProperty(name, out current))
            {
                return false;
            }

            if (segment.EndsWith("[]", StringComparison.Ordinal))
            {
                current = current.GetProperty("items");
            }
        }

        return true;
    }

    private static string Normalized(string path) => Index().Replace(path, "[]");

    private static string SampleFolder() => Path.Combine(BuiltInTemplateRender.RepositoryRoot(), "samples", "petitions");

    [GeneratedRegex(@"\[\d+\]", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Index();
}
