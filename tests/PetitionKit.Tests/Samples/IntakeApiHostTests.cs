using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PetitionKit.IntakeApi;
using PetitionKit.Json;
using PetitionKit.Samples.Petitions;
using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.Samples;

/// <summary>The intake service on a real loopback host (the web test host package is not available): every hostile input
/// is answered with a 4xx RFC 7807 problem that names what is wrong and where, never a 500.</summary>
public sealed class IntakeApiHostTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    private static string Petition => PetitionJson.Write(NguyenNaturalization.Create());

    public async ValueTask InitializeAsync()
    {
        _app = IntakeApp.Create(["--urls", "http://127.0.0.1:0", "--environment", "Production", "--Logging:LogLevel:Default=Warning"]);
        await _app.StartAsync(TestContext.Current.CancellationToken);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Post_ValidPetition_Returns200WithTheDraft()
    {
        using var response = await PostAsync(Petition, "application/json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(IntakeEndpoints.DocxContentType);
    }

    [Theory]
    [InlineData("text/xml")]
    [InlineData("text/plain")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Post_BodyThatIsNotJson_Returns415Problem(string contentType)
    {
        using var response = await PostAsync(Petition, contentType);

        var problem = await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        problem.GetProperty("title").GetString().Should().Be("The request body must be JSON.");
        Issue(problem).Should().Be($"PK4001 content_type Send the petition with Content-Type: application/json, not '{contentType}'.");
    }

    [Fact]
    public async Task Post_DeclaredLengthOverTheLimit_Returns413ProblemWithoutReadingIt()
    {
        using var response = await PostAsync(new string(' ', IntakeEndpoints.MaxBodyBytes + 1), "application/json");

        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Issue(problem).Should().Be("PK4002 body A petition must be at most 1,048,576 bytes.");
    }

    [Fact]
    public async Task Post_ChunkedBodyOverTheLimit_Returns413Problem()
    {
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(new string(' ', 2 * IntakeEndpoints.MaxBodyBytes))));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/drafts?as_of=2026-06-01") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Issue(problem).Should().Be("PK4002 body A petition must be at most 1,048,576 bytes.");
    }

    public static TheoryData<string, string, string> HostileBodies => new()
    {
        { "posted_months", "\"posted_months\": 6.5", "\"posted_months\": 1e28" },
        { "decide_within_days", "\"decide_within_days\": 30", "\"decide_within_days\": -5" },
        { "timeline_date", "\"timeline\": [", "\"timeline\": [ { \"date\": \"9999-12-31\", \"kind\": \"other\" }," },
        { "duplicate", "\"agency\": ", "\"agency\": \"ICE\", \"agency\": " },
        { "nesting", "\"agency\": ", "\"agency\": " + new string('[', 64) + new string(']', 64) + ", \"x\": " },
    };

    [Theory]
    [MemberData(nameof(HostileBodies))]
    public async Task Post_HostilePetition_Returns400ProblemNamingTheCodeAndPath(string name, string find, string replace)
    {
        var json = Petition;
        var at = json.IndexOf(find, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0);

        using var response = await PostAsync(json[..at] + replace + json[(at + find.Length)..], "application/json");

        var issues = (await ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("issues").EnumerateArray()
            .Select(i => $"{i.GetProperty("code").GetString()} {i.GetProperty("path").GetString()}").ToList();
        issues.Should().Contain(name switch
        {
            "posted_months" => "PK1025 processing_time.posted_months",
            "decide_within_days" => "PK1025 relief.decide_within_days",
            "timeline_date" => "PK1024 timeline[0].date",
            "duplicate" => "PK1004 agency",
            _ => "PK1000 ",
        });
    }

    [Fact]
    public async Task Post_NestedPastTheParsersDepth_SaysTheLineAndPosition()
    {
        var json = "{\n  \"case_type\": " + new string('[', 70) + new string(']', 70) + "\n}";

        using var response = await PostAsync(json, "application/json");

        var issue = (await ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("issues")[0];
        issue.GetProperty("message").GetString().Should().StartWith("The file is not valid JSON (line 2, position 79): The maximum configured depth of 64 has been exceeded.");
    }

    [Fact]
    public async Task Post_AsOfAtTheEndOfTheCalendar_Returns400ProblemAtAsOf()
    {
        using var content = new StringContent(Petition, Encoding.UTF8, "application/json");

        using var response = await _client.PostAsync(new Uri("/drafts?as_of=9999-12-31", UriKind.Relative), content, TestContext.Current.CancellationToken);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("issues").EnumerateArray().Select(i => $"{i.GetProperty("code").GetString()} {i.GetProperty("path").GetString()} {i.GetProperty("message").GetString()}")
            .Should().Contain("PK1024 as_of The as-of date 9999-12-31 is outside the dates PetitionKit accepts (1900-01-01 through 2199-12-31); draft as of the day the draft is made.");
    }

    [Fact]
    public async Task Post_AcceptingJson_ReturnsTheDraftWithItsReport()
    {
        using var response = await PostAcceptingAsync("application/json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = answer.RootElement;
        root.GetProperty("file_name").GetString().Should().Be("naturalization-1447b-draft-2026-06-01.docx");
        var docx = root.GetProperty("draft").GetBytesFromBase64();
        OpenXmlValidation.ShouldBeValid(docx);
        var report = root.GetProperty("report");
        report.GetProperty("as_of").GetString().Should().Be("2026-06-01");
        report.GetProperty("template").GetString().Should().Be("naturalization-1447b.docx");
        var checklist = report.GetProperty("checklist").EnumerateArray().ToList();
        checklist.Should().NotBeEmpty();
        checklist.Select(i => i.GetProperty("category").GetString()).Should().Contain("citation");
        checklist.Should().Contain(i => i.GetProperty("text").GetString()!.StartsWith("Verify ", StringComparison.Ordinal));
        DocxText.Body(docx).Should().Contain("Attorney review checklist — remove before filing");
    }

    [Fact]
    public async Task Post_AcceptingAnything_ReturnsTheDocx()
    {
        using var response = await PostAcceptingAsync("*/*");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(IntakeEndpoints.DocxContentType);
    }

    [Fact]
    public async Task Post_AsOfNotADate_Returns400ProblemPK4004AtAsOf()
    {
        using var content = new StringContent(Petition, Encoding.UTF8, "application/json");

        using var response = await _client.PostAsync(new Uri("/drafts?as_of=June%201", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Issue(await ProblemAsync(response, HttpStatusCode.BadRequest)).Should().Be("PK4004 as_of 'June 1' is not a date in the form yyyy-mm-dd.");
    }

    [Fact]
    public async Task GetHealth_BuiltInTemplatesLoad_ReturnsHealthy()
    {
        using var response = await _client.GetAsync("/health", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Be("Healthy");
    }

    [Fact]
    public async Task GetOpenApi_DescribesEveryEndpointInSnakeCaseAndLinksThePetitionSchema()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var document = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json", cancellationToken));

        var root = document.RootElement;
        root.GetProperty("paths").EnumerateObject().Select(p => p.Name).Should().Equal("/drafts", "/templates", "/schema/petition.schema.json");
        var draft = root.GetProperty("paths").GetProperty("/drafts").GetProperty("post");
        var body = draft.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        body.GetProperty("externalDocs").GetProperty("url").GetString().Should().Be("/schema/petition.schema.json");
        draft.GetProperty("responses").EnumerateObject().Select(r => r.Name).Should().Equal("200", "400", "413", "415", "422");
        draft.GetProperty("responses").GetProperty("200").GetProperty("content").EnumerateObject().Select(c => c.Name)
            .Should().BeEquivalentTo(IntakeEndpoints.DocxContentType, "application/json");
        var schemas = root.GetProperty("components").GetProperty("schemas");
        schemas.GetProperty("TemplateSummary").GetProperty("properties").EnumerateObject().Select(p => p.Name).Should().Equal("id", "case_types");
    }

    [Fact]
    public async Task GetTemplatesAndSchema_AreSnakeCaseAndTheShippedSchema()
    {
        var cancellationToken = TestContext.Current.CancellationToken;

        using var templates = JsonDocument.Parse(await _client.GetStringAsync("/templates", cancellationToken));
        using var schema = await _client.GetAsync("/schema/petition.schema.json", cancellationToken);

        templates.RootElement.EnumerateArray().First().EnumerateObject().Select(p => p.Name).Should().Equal("id", "case_types");
        schema.Content.Headers.ContentType!.MediaType.Should().Be("application/schema+json");
        (await schema.Content.ReadAsStringAsync(cancellationToken)).Should().Be(PetitionKit.Json.PetitionSchema.Json);
    }

    // The sample petition, asking for the answer in the given media type.
    private async Task<HttpResponseMessage> PostAcceptingAsync(string accept)
    {
        using var content = new StringContent(Petition, Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/drafts?as_of=2026-06-01") { Content = content };
        request.Headers.Accept.ParseAdd(accept);
        return await _client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string contentType)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await _client.PostAsync(new Uri("/drafts?as_of=2026-06-01", UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(status, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        problem.GetProperty("status").GetInt32().Should().Be((int)status);
        return problem;
    }

    private static string Issue(JsonElement problem)
    {
        var issue = problem.GetProperty("issues").EnumerateArray().Should().ContainSingle().Subject;
        return $"{issue.GetProperty("code").GetString()} {issue.GetProperty("path").GetString()} {issue.GetProperty("message").GetString()}";
    }
}
