using PetitionKit.Model;
using PetitionKit.Tests.Model;
using PetitionKit.Validation;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Tests.Validation;

public sealed class FamilyCategoryRulesTests
{
    private static readonly Petition Complete = SamplePetitions.Complete();

    [Fact]
    public void Validate_CitizenFilerWithAPermanentResidentsCategory_WarnsPK1178AtTheFilersStatus()
    {
        var issue = Category("F2A, spouse of a permanent resident", "a U.S. citizen").Should().ContainSingle().Subject;

        issue.Severity.Should().Be(DiagnosticSeverity.Warning);
        issue.Path.Should().Be("petitioners[0].status");
        issue.Message.Should().Be("The status \"a U.S. citizen\" says the filer is a U.S. citizen, but the category \"F2A, spouse of a permanent resident\" reads as one for relatives of a permanent resident. Confirm both and correct whichever is wrong: the draft pleads both, and the category decides whether the case waits on a visa number.");
    }

    [Theory]
    [InlineData("IR-1", "a lawful permanent resident")]
    [InlineData("F4, sibling of a U.S. citizen", "an LPR since 2015")]
    [InlineData("immediate relative (spouse)", "a green card holder")]
    [InlineData("F2B", "a naturalized citizen")]
    [InlineData("CR1", "a conditional permanent resident")]
    [InlineData("F2A, spouse of an LPR", "a citizen of the United States")]
    public void Validate_StatusAndCategoryNamingDifferentFilers_WarnPK1178(string category, string status)
    {
        Category(category, status).Should().ContainSingle();
    }

    [Theory]
    [InlineData("IR-1 spouse of U.S. citizen", "a U.S. citizen")]
    [InlineData("F2A", "a lawful permanent resident")]
    [InlineData("F2A", "a citizen of Mexico")]
    [InlineData("F2A", null)]
    [InlineData("spouse", "a U.S. citizen")]
    [InlineData("F2A", "a U.S. citizen and formerly a lawful permanent resident")]
    public void Validate_StatusAndCategoryThatAgreeOrNameNoFiler_DoNotWarn(string category, string? status)
    {
        Category(category, status).Should().BeEmpty();
    }

    [Fact]
    public void Validate_MismatchOnABeneficiary_IsNotChecked()
    {
        var petition = Complete with
        {
            Application = Complete.Application with { Category = "F2A" },
            Petitioners = [Complete.Petitioners[0] with { Status = "a lawful permanent resident" }, Complete.Petitioners[1] with { Status = "a U.S. citizen" }],
        };

        PetitionValidator.Validate(petition, SamplePetitions.AsOf).Issues.Should().NotContain(i => string.Equals(i.Code, "PK1178", StringComparison.Ordinal));
    }

    private static IEnumerable<Diagnostic> Category(string category, string? status)
    {
        var petition = Complete with
        {
            Application = Complete.Application with { Category = category },
            Petitioners = [Complete.Petitioners[0] with { Status = status }, Complete.Petitioners[1]],
        };
        return PetitionValidator.Validate(petition, SamplePetitions.AsOf).Issues.Where(i => string.Equals(i.Code, "PK1178", StringComparison.Ordinal));
    }
}
