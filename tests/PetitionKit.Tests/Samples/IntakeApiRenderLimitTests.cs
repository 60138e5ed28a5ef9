using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PetitionKit.IntakeApi;
using PetitionKit.Json;
using PetitionKit.Samples.Petitions;

namespace PetitionKit.Tests.Samples;

/// <summary>The intake service on a real loopback host with render limits set from its configuration: a valid petition
/// whose draft runs past a limit is a 422 problem listing each diagnostic, never a 500.</summary>
public sealed class IntakeApiRenderLimitTests
{
    [Fact]
    public async Task Post_DraftPastTheConfiguredOutputLimit_Returns422ProblemListingTheDiagnostic()
    {
        var problem = await PostValidPetitionAsync("--RenderLimits:MaxOutputCharacters=1000");

        problem.GetProperty("title").GetString().Should().Be("The draft could not be rendered.");
        var issues = problem.GetProperty("issues").EnumerateArray().ToList();
        issues.Should().NotBeEmpty();
        issues.Should().AllSatisfy(i =>
        {
            i.GetProperty("code").GetString().Should().Be("PK3004");
            i.GetProperty("severity").GetString().Should().Be("error");
            i.GetProperty("path").GetString().Should().MatchRegex(@"^naturalization-1447b\.docx/word/[a-z0-9]+\.xml\(¶\d+,\d+\)$");
        });
        issues[0].GetProperty("message").GetString().Should().Be(
            "The part grew past 1,000 characters, the output limit. A loop is probably repeating far more than intended; check its list, or raise RenderLimits.MaxOutputCharacters.");
    }

    [Fact]
    public async Task Post_DraftPastTheConfiguredTimeLimit_Returns422ProblemNamingTheLimit()
    {
        var problem = await PostValidPetitionAsync("--RenderLimits:Timeout=00:00:00.0000001");

        var issue = problem.GetProperty("issues").EnumerateArray().Should().ContainSingle().Subject;
        issue.GetProperty("code").GetString().Should().Be("PK3005");
        issue.GetProperty("message").GetString().Should().Be("The render took longer than 0.1 microseconds and was stopped. A loop may never end; check its condition.");
    }

    private static async Task<JsonElement> PostValidPetitionAsync(string limit)
    {
        var app = IntakeApp.Create(["--urls", "http://127.0.0.1:0", "--environment", "Production", "--Logging:LogLevel:Default=Warning", limit]);
        await using (app.ConfigureAwait(false))
        {
            await app.StartAsync(TestContext.Current.CancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            using var content = new StringContent(PetitionJson.Write(NguyenNaturalization.Create()), Encoding.UTF8, "application/json");

            using var response = await client.PostAsync(new Uri("/drafts?as_of=2026-06-01", UriKind.Relative), content, TestContext.Current.CancellationToken);

            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            await app.StopAsync(TestContext.Current.CancellationToken);
            response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, body);
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            var problem = JsonDocument.Parse(body).RootElement.Clone();
            problem.GetProperty("status").GetInt32().Should().Be(422);
            return problem;
        }
    }
}
