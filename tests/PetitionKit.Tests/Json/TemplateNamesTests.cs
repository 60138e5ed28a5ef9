using PetitionKit.Json;
using PetitionKit.Model;

namespace PetitionKit.Tests.Json;

public sealed class TemplateNamesTests
{
    [Theory]
    [InlineData(nameof(Petitioner.ANumber), "a_number")]
    [InlineData(nameof(Petitioner.IsMinor), "is_minor")]
    [InlineData(nameof(RedactedPetitioner.SsnLastFour), "ssn_last_four")]
    [InlineData(nameof(Harm.PetitionerIndex), "petitioner_index")]
    public void Of_MemberName_IsTheJsonName(string member, string expected)
    {
        TemplateNames.Of(member).Should().Be(expected);
    }

    [Fact]
    public void Rename_EveryPropertyOfTheModel_MatchesTheNameTheJsonReaderUses()
    {
        var typeInfo = PetitionJsonContext.Default.GetTypeInfo(typeof(Petitioner))!;

        foreach (var property in typeInfo.Properties)
        {
            var member = typeof(Petitioner).GetProperty(property.AttributeProvider is System.Reflection.PropertyInfo p ? p.Name : property.Name)!;
            TemplateNames.Rename(member).Should().Be(property.Name);
        }
    }
}
