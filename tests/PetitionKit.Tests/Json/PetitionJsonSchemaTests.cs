using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PetitionKit.Catalogs;
using PetitionKit.Json;
using PetitionKit.Model;
using PetitionKit.Validation;
using PetitionKit.Word.Diagnostics;
using SampleFiles = PetitionKit.Samples.Petitions.SamplePetitions;

namespace PetitionKit.Tests.Json;

public sealed class PetitionJsonSchemaTests
{
    [Fact]
    public void Generate_MatchesTheCommittedSchemaFile()
    {
        var path = SchemaPath();
        var generated = PetitionJsonSchema.Generate(XmlDocDescriptions.Describe);
        if (string.Equals(Environment.GetEnvironmentVariable("PETITIONKIT_ACCEPT"), "1", StringComparison.Ordinal))
        {
            File.WriteAllText(path, generated);
        }

        File.ReadAllText(path).Should().Be(generated, "schema/petition.schema.json is generated; run PETITIONKIT_ACCEPT=1 dotnet test and review the diff");
    }

    [Fact]
    public void PetitionSchema_ShipsTheCommittedFile()
    {
        PetitionSchema.Json.Should().Be(File.ReadAllText(SchemaPath()));
        using var reader = new StreamReader(PetitionSchema.OpenRead());
        reader.ReadToEnd().Should().Be(PetitionSchema.Json);
    }

    [Fact]
    public void Generate_RefusesUnknownPropertiesAndListsRequiredOnes()
    {
        var schema = Schema();

        schema["additionalProperties"]!.GetValue<bool>().Should().BeFalse();
        schema["required"]!.AsArray().Select(n => n!.GetValue<string>())
            .Should().BeEquivalentTo("case_type", "court", "petitioners", "agency", "application", "signer");
        schema["properties"]!["case_type"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>())
            .Should().Contain("n400_post_interview1447b");
        schema["properties"]!["application"]!["properties"]!["filing_date"]!["format"]!.GetValue<string>().Should().Be("date");
    }

    [Fact]
    public void EveryProperty_HasADescription()
    {
        var undescribed = Properties(Schema(), string.Empty)
            .Where(p => p.Schema["description"] is not JsonValue description || description.GetValue<string>().Length < 10)
            .Select(p => p.Path)
            .ToList();

        undescribed.Should().BeEmpty("every property of a petition file says what it is for");
        Schema()["properties"]!["application"]!["properties"]!["receipt_number"]!["description"]!.GetValue<string>()
            .Should().StartWith("The USCIS receipt number as printed, such as EAC-22-123-45678");
    }

    [Fact]
    public void Descriptions_NameNoCSharpType()
    {
        // A developer writing JSON from another language reads JSON names; a C# type name points at nothing they have.
        var modelTypes = typeof(Petition).Assembly.GetExportedTypes()
            .Where(t => string.Equals(t.Namespace, typeof(Petition).Namespace, StringComparison.Ordinal))
            .Select(t => t.Name)
            .ToHashSet(StringComparer.Ordinal);

        var naming = Properties(Schema(), string.Empty)
            .Select(p => (p.Path, Text: p.Schema["description"]?.GetValue<string>() ?? string.Empty))
            .Where(d => Regex.Matches(d.Text, "\\b[A-Z][a-z]+[A-Z][A-Za-z]*\\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)).Any(m => modelTypes.Contains(m.Value)))
            .Select(d => d.Path)
            .ToList();

        naming.Should().BeEmpty();
    }

    [Fact]
    public void CourtId_IsOneOfTheNinetyFourDistricts()
    {
        var ids = Schema()["properties"]!["court"]!["properties"]!["court_id"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();

        ids.Should().HaveCount(94).And.OnlyHaveUniqueItems();
        ids.Should().OnlyContain(id => FederalDistricts.Find(id) != null).And.Contain(["cand", "dcd", "nysd"]);
    }

    [Theory]
    [InlineData("EAC-22-123-45678")]
    [InlineData("eac2212345678")]
    [InlineData("IOE 0912 345 678")]
    [InlineData("EAC*2212345678")]
    [InlineData("EAC221234567")]
    [InlineData("EAC22123456789")]
    [InlineData("EA12212345678")]
    [InlineData("EAC-22-123-4567X")]
    [InlineData("EAC_2212345678")]
    [InlineData("")]
    public void ReceiptNumberPattern_AcceptsWhatTheValidatorAccepts(string text)
    {
        var pattern = Pattern(Schema()["properties"]!["application"]!["properties"]!["receipt_number"]!);

        pattern.IsMatch(text).Should().Be(ReceiptNumber.TryParse(text, out _), text);
    }

    [Theory]
    [InlineData("A-12-345-678")]
    [InlineData("a012345678")]
    [InlineData("1234567")]
    [InlineData("A 123.456.789")]
    [InlineData("123456")]
    [InlineData("1234567890")]
    [InlineData("AA12345678")]
    [InlineData("B12345678")]
    [InlineData("")]
    public void ANumberPattern_AcceptsWhatTheValidatorAccepts(string text)
    {
        var aNumber = Properties(Schema(), string.Empty).Single(p => string.Equals(p.Path, "petitioners[].a_number", StringComparison.Ordinal)).Schema;

        Pattern(aNumber).IsMatch(text).Should().Be(ANumber.TryParse(text, out _), text);
    }

    [Fact]
    public void EveryDate_HasThePatternOfTheReader()
    {
        var dates = Properties(Schema(), string.Empty).Where(p => p.Schema["format"] is JsonValue format && string.Equals(format.GetValue<string>(), "date", StringComparison.Ordinal)).ToList();

        dates.Should().Contain(p => string.Equals(p.Path, "application.filing_date", StringComparison.Ordinal));
        dates.Should().OnlyContain(p => string.Equals(p.Schema["pattern"]!.GetValue<string>(), PetitionSchemaRules.DatePattern, StringComparison.Ordinal));
        Pattern(dates[0].Schema).IsMatch("2025-06-02").Should().BeTrue();
        Pattern(dates[0].Schema).IsMatch("06/02/2025").Should().BeFalse();
    }

    /// <summary>A top-level property is required by the schema exactly when leaving it out of every sample petition
    /// (one per case type family) is an error, from the reader or the validator, at that property. A property only
    /// some case types need (such as <c>officials</c>) is not required by the schema, which is the same for all.</summary>
    [Fact]
    public void RequiredProperties_AreThoseTheValidatorCannotDoWithout()
    {
        var required = Schema()["required"]!.AsArray().Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
        var names = Schema()["properties"]!.AsObject().Select(p => p.Key).ToList();
        var samples = SampleFiles.All.Select(s => JsonNode.Parse(PetitionJson.Write(s.Petition))!.AsObject()).ToList();

        var refusedByAll = names.Where(name => samples.All(json => RefusedWithout(json, name))).Order(StringComparer.Ordinal).ToList();

        refusedByAll.Should().Equal(required);
    }

    private static bool RefusedWithout(JsonObject json, string name)
    {
        if (!json.ContainsKey(name))
        {
            return ErrorPaths(json.ToJsonString()).Any(path => path.StartsWith(name, StringComparison.Ordinal));
        }

        var without = json.DeepClone().AsObject();
        without.Remove(name);
        return ErrorPaths(without.ToJsonString()).Any(path => path.StartsWith(name, StringComparison.Ordinal))
            && !ErrorPaths(json.ToJsonString()).Any(path => path.StartsWith(name, StringComparison.Ordinal));
    }

    private static List<string> ErrorPaths(string json)
    {
        try
        {
            var report = PetitionValidator.Validate(PetitionJson.Read(json), SampleFiles.AsOf);
            return [.. report.Issues.Where(i => i.Severity == DiagnosticSeverity.Error).Select(i => i.Path)];
        }
        catch (PetitionValidationException ex)
        {
            return [.. ex.Report.Issues.Select(i => i.Path)];
        }
    }

    private static Regex Pattern(JsonNode schema) =>
        new(schema["pattern"]!.GetValue<string>(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Every property schema with its path, <c>[]</c> standing for an item of a list.</summary>
    private static IEnumerable<(string Path, JsonObject Schema)> Properties(JsonObject schema, string path)
    {
        if (schema["items"] is JsonObject items)
        {
            foreach (var inner in Properties(items, path + "[]"))
            {
                yield return inner;
            }
        }

        if (schema["properties"] is not JsonObject properties)
        {
            yield break;
        }

        foreach (var (name, node) in properties)
        {
            var child = path.Length == 0 ? name : $"{path}.{name}";
            yield return (child, node!.AsObject());
            foreach (var inner in Properties(node!.AsObject(), child))
            {
                yield return inner;
            }
        }
    }

    private static JsonObject Schema() => JsonNode.Parse(PetitionJsonSchema.Generate(XmlDocDescriptions.Describe))!.AsObject();

    private static string SchemaPath([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "schema", "petition.schema.json"));
}
