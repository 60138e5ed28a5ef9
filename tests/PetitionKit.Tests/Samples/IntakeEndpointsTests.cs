using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using PetitionKit.IntakeApi;
using PetitionKit.Json;
using PetitionKit.Validation;
using PetitionKit.Samples.Petitions;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;

namespace PetitionKit.Tests.Samples;

/// <summary>The intake API's handlers, called directly (the web test host package is not available).</summary>
public sealed class IntakeEndpointsTests
{
    private static readonly string AsOf = SamplePetitions.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static MemoryStream Body(string json) => new(Encoding.UTF8.GetBytes(json));

    [Fact]
    public async Task DraftAsync_ValidPetition_ReturnsAValidDocx()
    {
        using var body = Body(PetitionJson.Write(NguyenNaturalization.Create()));

        var result = await IntakeEndpoints.DraftAsync(body, AsOf, TimeProvider.System, RenderLimits.Default, TestContext.Current.CancellationToken);

        var file = result.Result.Should().BeOfType<FileContentHttpResult>().Subject;
        file.ContentType.Should().Be("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        file.FileDownloadName.Should().Be("naturalization-1447b-draft-2026-06-01.docx");
        OpenXmlValidation.ShouldBeValid(file.FileContents.ToArray());
    }

    [Fact]
    public async Task DraftAsync_InvalidPetition_Returns400ProblemListingEveryIssue()
    {
        var petition = NguyenNaturalization.Create() with { Signer = null, Duty = new() { LegalSources = ["no-such-authority"] } };
        using var body = Body(PetitionJson.Write(petition));

        var result = await IntakeEndpoints.DraftAsync(body, AsOf, TimeProvider.System, RenderLimits.Default, TestContext.Current.CancellationToken);

        var problem = result.Result.Should().BeOfType<ProblemHttpResult>().Subject;
        problem.StatusCode.Should().Be(400);
        problem.ProblemDetails.Title.Should().Be("The petition is not valid.");
        var issues = problem.ProblemDetails.Extensions["issues"].Should().BeAssignableTo<IEnumerable<ProblemIssue>>().Subject.Select(i => i.Path).ToList();
        issues.Should().Contain("signer").And.Contain(path => path.StartsWith("duty.legal_sources", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DraftAsync_MalformedJson_Returns400Problem()
    {
        using var body = Body("{ \"case_type\": ");

        var result = await IntakeEndpoints.DraftAsync(body, AsOf, TimeProvider.System, RenderLimits.Default, TestContext.Current.CancellationToken);

        result.Result.Should().BeOfType<ProblemHttpResult>().Which.ProblemDetails.Title.Should().Be("The request body is not a petition.");
    }

    [Fact]
    public void Templates_ListsEachBuiltInTemplateWithItsCaseTypes()
    {
        var templates = IntakeEndpoints.Templates().Value!;

        templates.Select(t => t.Id).Should().Equal(PetitionKit.Templates.BuiltInTemplates.All);
        templates.Single(t => string.Equals(t.Id, "uscis-delay", StringComparison.Ordinal)).CaseTypes.Should().Contain("i485_adjustment_of_status");
        templates.Single(t => string.Equals(t.Id, "foia", StringComparison.Ordinal)).CaseTypes.Should().Equal("foia_records");
    }
}
