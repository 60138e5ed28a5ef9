using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using PetitionKit.Json;

namespace PetitionKit.Tests.Json;

public sealed class PetitionJsonSchemaTests
{
    [Fact]
    public void Generate_MatchesTheCommittedSchemaFile()
    {
        var path = SchemaPath();
        var generated = PetitionJsonSchema.Generate();
        if (string.Equals(Environment.GetEnvironmentVariable("PETITIONKIT_ACCEPT"), "1", StringComparison.Ordinal))
        {
            File.WriteAllText(path, generated);
        }

        File.ReadAllText(path).Should().Be(generated, "schema/petition.schema.json is generated; run PETITIONKIT_ACCEPT=1 dotnet test and review the diff");
    }

    [Fact]
    public void Generate_RefusesUnknownPropertiesAndListsRequiredOnes()
    {
        var schema = JsonNode.Parse(PetitionJsonSchema.Generate())!.AsObject();

        schema["additionalProperties"]!.GetValue<bool>().Should().BeFalse();
        schema["required"]!.AsArray().Select(n => n!.GetValue<string>())
            .Should().BeEquivalentTo("case_type", "court", "petitioners", "agency", "application");
        schema["properties"]!["case_type"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>())
            .Should().Contain("n400_post_interview1447b");
        schema["properties"]!["application"]!["properties"]!["filing_date"]!["format"]!.GetValue<string>().Should().Be("date");
    }

    private static string SchemaPath([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "schema", "petition.schema.json"));
}
