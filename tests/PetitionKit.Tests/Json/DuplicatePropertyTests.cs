using PetitionKit.Json;
using PetitionKit.Tests.Model;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Tests.Json;

/// <summary>A property named twice in a petition file is refused at its path: a JSON reader would keep the last value and
/// drop the first without a word.</summary>
public sealed class DuplicatePropertyTests
{
    private static readonly string Json = PetitionJson.Write(SamplePetitions.Complete());

    [Theory]
    [InlineData("\"agency\": \"U.S. Citizenship and Immigration Services\"", "agency", "agency")]
    [InlineData("\"name\": \"Maria Lopez\"", "name", "petitioners[0].name")]
    [InlineData("\"decide_within_days\": 30", "decide_within_days", "relief.decide_within_days")]
    public void Read_PropertyNamedTwice_ReportsPK1004NamingTheKeyAndPath(string property, string name, string path)
    {
        Json.Should().Contain(property);
        var twice = First(Json, property, property + ", " + property);

        var act = () => PetitionJson.Read(twice);

        act.Should().Throw<PetitionValidationException>().Which.Report.Issues.Should().ContainSingle().Which.Should().Be(new Diagnostic(
            "PK1004", DiagnosticSeverity.Error, path, $"'{name}' appears more than once in this object; only one value can count, so keep one."));
    }

    [Fact]
    public void Read_DuplicateBesideOtherShapeErrors_ReportsThemAllTogether()
    {
        var twice = First(Json, "\"agency\": \"U.S. Citizenship and Immigration Services\"", "\"agency\": \"USCIS\", \"agency\": \"ICE\", \"agencyy\": 1");

        var act = () => PetitionJson.Read(twice);

        act.Should().Throw<PetitionValidationException>().Which.Report.Issues.Select(i => $"{i.Path} {i.Code}")
            .Should().Equal("agency PK1004", "agencyy PK1002");
    }

    // The first occurrence only: officials have an agency too.
    private static string First(string json, string find, string replace)
    {
        var at = json.IndexOf(find, StringComparison.Ordinal);
        return json[..at] + replace + json[(at + find.Length)..];
    }
}
