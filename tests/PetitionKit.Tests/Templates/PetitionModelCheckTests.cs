using PetitionKit.Catalogs;
using PetitionKit.Model;
using PetitionKit.Petitions;
using PetitionKit.Tests.BuiltInTemplates;
using PetitionKit.Tests.Model;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Validation;
using PetitionKit.Word;
using PetitionKit.Word.Checking;
using PetitionKit.Word.Diagnostics;
using Scriban.Runtime;

namespace PetitionKit.Tests.Templates;

public sealed class PetitionModelCheckTests
{
    [Theory]
    [InlineData("uscis-delay")]
    [InlineData("naturalization-1447b")]
    [InlineData("consular-delay")]
    [InlineData("foia")]
    public async Task CheckPetitionModel_EachBuiltInTemplate_ReadsOnlyPathsTheModelHas(string id)
    {
        var template = await BuiltInTemplateRender.LoadAsync(id);

        var errors = template.CheckPetitionModel();

        errors.Select(e => e.ToString()).Should().BeEmpty();
    }

    [Fact]
    public async Task CheckPetitionModel_UnknownPathInIf_IsPK2030AtTheTagWithTheNearestPath()
    {
        var template = await Render.LoadAsync(Docx.Package(Docx.Paragraph("Fees") + Docx.Paragraph("{{ if relief.attorney_fees }}award fees{{ end }}")));

        var error = template.CheckPetitionModel().Should().ContainSingle().Which;

        error.Code.Should().Be("PK2030");
        error.Severity.Should().Be(DiagnosticSeverity.Error);
        error.Location!.Value.Paragraph.Should().Be(2);
        error.Tag.Should().Be("{{ if relief.attorney_fees }}");
        error.Message.Should().Contain("‘relief.attorney_fees’ is not in the petition model")
            .And.Contain("Did you mean ‘relief.omit_attorney_fees’?")
            .And.Contain("determine_matter");
    }

    [Fact]
    public async Task CheckPetitionModel_LoopVariableMember_IsCheckedAgainstTheListItems()
    {
        var template = await Render.LoadAsync(Docx.Package(Docx.Paragraph("{{ for p in petitioners }}{{ p.nmae }}{{ end }}")));

        var error = template.CheckPetitionModel().Should().ContainSingle().Which;

        error.Code.Should().Be("PK2030");
        error.Message.Should().Contain("Did you mean ‘p.name’?");
    }

    [Fact]
    public async Task CheckPetitionModel_LocalsLoopsBuiltInsAndCite_AreKnown()
    {
        var template = await Render.LoadAsync(Docx.Package(
            Docx.Paragraph("{{ n = relief.requests.size; names = petitioners | array.map \"name\" | text.join_and }}{{ names }}")
            + Docx.Paragraph("{{ for r in relief.requests }}{{ r | string.upcase }}{{ if !for.last }}; {{ end }}{{ end }}")
            + Docx.Paragraph("{{ draft.as_of_text }} {{ cite \"28-usc-1331\" }} {{ review_item \"Check.\" }} {{ analysis.trac[0].facts.size }}")
            + Docx.Paragraph("{{ for c in pleaded_claims }}{{ c }}{{ end }} {{ petitioner.residence.city }} {{ profile.jurisdiction_risk_by_circuit[\"9\"] }}")));

        var errors = template.CheckPetitionModel();

        errors.Select(e => e.ToString()).Should().BeEmpty();
    }

    [Fact]
    public async Task CheckFunctions_UnknownTextFunction_IsPK2031WithTheRightName()
    {
        var template = await Render.LoadAsync(Docx.Package(Docx.Paragraph("Filed {{ application.filing_date | text.longdate }}. {{ agncy }}")));

        var plain = template.CheckFunctions();
        var model = template.CheckPetitionModel();

        // Without a model any data may come, so only the function is an error; with it the misspelt path is too.
        plain.Should().ContainSingle().Which.Message.Should().Contain("‘text.longdate’ is not a function. Did you mean ‘text.long_date’?");
        plain[0].Code.Should().Be("PK2031");
        model.Select(e => e.Code).Should().Equal("PK2031", "PK2030");
    }

    [Fact]
    public async Task DraftAsync_TemplateReadingAnUnknownPath_IsRefusedBeforeDrafting()
    {
        var template = await Render.LoadAsync(Docx.Package(Docx.Paragraph("{{ if relief.remand }}Remand.{{ end }}")));
        using var output = new MemoryStream();

        var act = () => PetitionDrafter.DraftAsync(SamplePetitions.Complete(), template, output, new RenderOptions { AsOf = SamplePetitions.AsOf }, cancellationToken: TestContext.Current.CancellationToken);

        var error = (await act.Should().ThrowAsync<TemplateException>()).Which.Diagnostics.Should().ContainSingle().Which;
        error.Code.Should().Be("PK2030");
        error.Message.Should().Contain("‘relief.remand’");
        output.Length.Should().Be(0);
    }

    [Fact]
    public void Shape_KnowsEveryPathTheViewOfASamplePetitionHas()
    {
        var petition = SamplePetitions.Complete();
        var view = PetitionView.Create(petition, SamplePetitions.AsOf, RedactionOptions.Default with { IncludeRawValues = true }, PetitionValidator.Validate(petition, SamplePetitions.AsOf), PetitionCatalogs.Default);
        var unknown = new List<string>();

        Walk(view.Data, PetitionModelShape.Root, string.Empty, unknown);

        unknown.Should().BeEmpty();
    }

    private static void Walk(object? value, DataShape shape, string path, List<string> unknown)
    {
        switch (value)
        {
            case ScriptObject obj:
                foreach (var name in obj.GetMembers())
                {
                    if (shape.Member(name) is { } member)
                    {
                        Walk(obj[name], member, $"{path}.{name}", unknown);
                    }
                    else
                    {
                        unknown.Add($"{path}.{name}");
                    }
                }

                break;
            case ScriptArray array when shape.Element is { } element:
                foreach (var item in array)
                {
                    Walk(item, element, path + "[]", unknown);
                }

                break;
            default:
                break;
        }
    }
}
