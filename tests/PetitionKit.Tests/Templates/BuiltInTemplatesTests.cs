using PetitionKit.Model;
using Shipped = PetitionKit.Templates.BuiltInTemplates;

namespace PetitionKit.Tests.Templates;

public sealed class BuiltInTemplatesTests
{
    [Fact]
    public void All_ListsTheFourShippedTemplates() =>
        Shipped.All.Should().Equal("consular-delay", "foia", "naturalization-1447b", "uscis-delay");

    [Theory]
    [InlineData("uscis-delay")]
    [InlineData("naturalization-1447b")]
    [InlineData("consular-delay")]
    [InlineData("foia")]
    public void Get_CompilesEachTemplateWithoutWarnings(string id)
    {
        var template = Shipped.Get(id);

        template.Name.Should().Be(id + ".docx");
        template.Warnings.Should().BeEmpty();
        template.Tags.Should().NotBeEmpty();
    }

    [Fact]
    public void Get_UnknownId_NamesTheTemplatesThatExist()
    {
        var act = () => Shipped.Get("asylum");

        act.Should().Throw<ArgumentException>().WithMessage("There is no built-in template ‘asylum’; the built-in templates are consular-delay, foia, naturalization-1447b, uscis-delay.*");
    }

    [Theory]
    [InlineData(CaseType.I485AdjustmentOfStatus, "uscis-delay")]
    [InlineData(CaseType.I589AffirmativeAsylum, "uscis-delay")]
    [InlineData(CaseType.N400PostInterview1447b, "naturalization-1447b")]
    [InlineData(CaseType.Ds260AdministrativeProcessing, "consular-delay")]
    [InlineData(CaseType.FoiaRecords, "foia")]
    [InlineData(CaseType.CivilRightsComplaint, null)]
    public void ForCaseType_PicksTheTemplateThatDraftsIt(CaseType caseType, string? expected) =>
        Shipped.ForCaseType(caseType).Should().Be(expected);

    [Fact]
    public void ResourcesById_IdThatBeginsAnother_FindsItsOwnTemplate()
    {
        string[] resources =
        [
            "PetitionKit.Templates.BuiltIn.foia-appeal/template.docx",
            "PetitionKit.Templates.BuiltIn.foia/template.docx",
            "PetitionKit.Catalogs.Data.authorities.json",
        ];

        var byId = Shipped.ResourcesById(resources);

        byId.Should().HaveCount(2);
        byId["foia"].Should().Be("PetitionKit.Templates.BuiltIn.foia/template.docx");
        byId["foia-appeal"].Should().Be("PetitionKit.Templates.BuiltIn.foia-appeal/template.docx");
    }
}
