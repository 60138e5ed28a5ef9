using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PetitionKit.DependencyInjection;
using PetitionKit.Json;
using PetitionKit.Model;
using PetitionKit.Tests.BuiltInTemplates;
using PetitionKit.Tests.Json;
using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.Integration;

/// <summary>The README's "Use it from an ASP.NET Core app", run: a host on loopback with <c>AddPetitionKit</c>, a
/// <see cref="Petition"/> bound from the request body through <see cref="PetitionJson.TypeInfoResolver"/>, and a petition
/// that cannot be drafted answered with <c>ToProblem()</c>.</summary>
public sealed class AspNetCoreHostTests
{
    [Fact]
    public async Task PostPetition_BindsAndDrafts()
    {
        await using var app = await StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        var json = await File.ReadAllTextAsync(Path.Combine(BuiltInTemplateRender.RepositoryRoot(), "samples", "petitions", "nguyen-n400-1447b.json"), TestContext.Current.CancellationToken);

        using var response = await client.PostAsync(new Uri("/drafts", UriKind.Relative), new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        OpenXmlValidation.ShouldBeValid(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task PostBodyThatIsNotAPetition_AnswersEveryErrorWithItsPathAsReadDoes()
    {
        await using var app = await StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        var json = await File.ReadAllTextAsync(PetitionJsonTests.FourShapeErrorsFile, TestContext.Current.CancellationToken);
        var expected = ((Func<Petition>)(() => PetitionJson.Read(json))).Should().Throw<PetitionValidationException>().Which.Report.Issues
            .Select(i => $"{i.Code} {i.Path} {i.Message}").ToList();

        using var response = await client.PostAsync(new Uri("/drafts", UriKind.Relative), new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        problem.RootElement.GetProperty("status").GetInt32().Should().Be(400);
        problem.RootElement.GetProperty("title").GetString().Should().Be("The request body is not a petition.");
        problem.RootElement.GetProperty("detail").GetString().Should().Be("Nothing was drafted. Fix every issue listed under 'issues' and send the petition again.");
        expected.Should().HaveCount(4);
        problem.RootElement.GetProperty("issues").EnumerateArray()
            .Select(i => $"{i.GetProperty("code").GetString()} {i.GetProperty("path").GetString()} {i.GetProperty("message").GetString()}")
            .Should().Equal(expected);
    }

    private static async Task<WebApplication> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddPetitionKit();
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, PetitionJson.TypeInfoResolver));
        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = async context =>
            {
                if (context.Features.Get<IExceptionHandlerFeature>()?.Error is PetitionValidationException refused)
                {
                    var problem = refused.Report.ToProblem("The request body is not a petition.");
                    context.Response.StatusCode = problem.Status;
                    await context.Response.WriteAsJsonAsync(problem, PetitionJson.SerializerOptions, "application/problem+json");
                }
            },
        });
        app.MapPost("/drafts", async (Petition petition, IPetitionDrafter drafter, CancellationToken cancellationToken) =>
        {
            using var draft = new MemoryStream();
            await drafter.DraftAsync(petition, draft, asOf: new DateOnly(2026, 6, 1), cancellationToken: cancellationToken);
            return Results.File(draft.ToArray(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "draft.docx");
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }
}
