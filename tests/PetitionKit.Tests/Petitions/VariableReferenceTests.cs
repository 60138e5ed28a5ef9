using System.Runtime.CompilerServices;

namespace PetitionKit.Tests.Petitions;

public sealed class VariableReferenceTests
{
    [Fact]
    public void Generate_MatchesTheCommittedVariableReference()
    {
        var path = ReferencePath();
        var generated = VariableReference.Generate();
        if (string.Equals(Environment.GetEnvironmentVariable("PETITIONKIT_ACCEPT"), "1", StringComparison.Ordinal))
        {
            File.WriteAllText(path, generated);
        }

        File.Exists(path).Should().BeTrue("templates/variables.md is generated; run PETITIONKIT_ACCEPT=1 dotnet test");
        File.ReadAllText(path).Should().Be(generated, "templates/variables.md is generated; run PETITIONKIT_ACCEPT=1 dotnet test and review the diff");
    }

    [Fact]
    public void Generate_ListsRedactedPetitionerPathsAnalysisProfileDistrictAndFunctions()
    {
        var text = VariableReference.Generate();

        text.Should().Contain("| `petitioners[].name` | text | Maria Lopez |")
            .And.Contain("| `petitioners[].birth_year` | whole number | 1985 |")
            .And.Contain("| `analysis.days_pending` | whole number |")
            .And.Contain("| `analysis.naturalization.ripe_on` | text |")
            .And.Contain("| `profile.claims[]` | text |")
            .And.Contain("| `district.caption_name` | text | NORTHERN DISTRICT OF CALIFORNIA |")
            .And.Contain("| `petitioners[].raw.date_of_birth` | text | 1985-04-09 |")
            .And.Contain("`text.join_and`").And.Contain("| `draft.as_of` | text |")
            .And.Contain("| `28-usc-1361` | 28 U.S.C. § 1361 |");
        var defaultView = text[..text.IndexOf("### Raw values", StringComparison.Ordinal)];
        defaultView.Should().NotContain("| `petitioners[].date_of_birth`", "a full date of birth never reaches a default view")
            .And.NotContain("| `petitioners[].ssn` ")
            .And.NotContain("1985-04-09")
            .And.NotContain("12345678");
    }

    private static string ReferencePath([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "templates", "variables.md"));
}
