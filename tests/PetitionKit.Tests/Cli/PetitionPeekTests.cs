using PetitionKit.Cli.Io;
using PetitionKit.Model;

namespace PetitionKit.Tests.Cli;

/// <summary>The case type read ahead of the petition, so that <c>draft</c> starts compiling the built-in template while the
/// petition is read: a hint only, null whenever the file is not plainly a petition of a known case type.</summary>
public sealed class PetitionPeekTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pk-peek-").FullName;

    [Theory]
    [InlineData("""{ "schema_version": 1, "court": { "district": "x" }, "case_type": "i485_adjustment_of_status", "petitioners": [] }""", CaseType.I485AdjustmentOfStatus)]
    [InlineData("""// a comment\n{ "case_type": "foia_records" }""", CaseType.FoiaRecords)]
    [InlineData("""{ "nested": { "case_type": "foia_records" } }""", null)]
    [InlineData("""{ "case_type": "I485_ADJUSTMENT_OF_STATUS" }""", null)]
    [InlineData("""{ "case_type": 3 }""", null)]
    [InlineData("""{ "case_type": "i485_adjustment_of_st""", null)]
    [InlineData("""[ { "case_type": "foia_records" } ]""", null)]
    [InlineData("not json", null)]
    public void PeekCaseType_ReadsOnlyATopLevelKnownCaseType(string json, CaseType? expected)
    {
        var path = Path.Combine(_folder, "petition.json");
        File.WriteAllText(path, json.Replace("\\n", "\n", StringComparison.Ordinal));

        PetitionInput.PeekCaseType(path).Should().Be(expected);
    }

    [Fact]
    public void PeekCaseType_FileLargerThanAPetition_IsLeftToTheRead()
    {
        var path = Path.Combine(_folder, "large.json");
        File.WriteAllText(path, """{ "case_type": "foia_records", "notes": " """ + new string('x', 2 * 1024 * 1024) + "\" }");

        PetitionInput.PeekCaseType(path).Should().BeNull();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
