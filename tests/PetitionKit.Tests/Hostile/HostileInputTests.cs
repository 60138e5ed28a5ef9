using System.Net;
using System.Text.Json;
using PetitionKit.Tests.Cli;
using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.Hostile;

/// <summary>Large hostile inputs to the command-line tool and the intake API, each served by a process of its own and
/// measured from outside: the error names where it is, and the process stays within bounds.</summary>
[Trait("Category", "Hostile")]
public sealed class HostileInputTests : IDisposable
{
    private const long MemoryBoundMegabytes = 1024;
    private const int HundredMegabytes = 100 * 1000 * 1000;
    private readonly CliRun _files = new();

    [Fact]
    public async Task Render_TwentyMegabytesOfAmpersands_StopsAtTheTagWithPK3004()
    {
        // Each & is written as &amp;: 20 MB of them are 100 million characters of XML, past the 64 million output limit.
        var template = _files.Write("amp.docx", Docx.Package(Docx.Paragraph("Intro") + Docx.Paragraph("Name: {{ name }}")));
        var data = _files.Write("data.json", "{ \"name\": \"" + new string('&', 20 * 1024 * 1024) + "\" }");

        var run = await ChildProcess.RunCliAsync("render", "--template", template, "--data", data, "--out", _files.Path("out.docx"));

        run.ExitCode.Should().Be(1, run.ToString());
        run.Error.Should().StartWith("amp.docx/word/document.xml(¶2,").And.Contain("error PK3004:").And.Contain("Tag: {{ name }}");
        _files.Files().Should().Equal("amp.docx", "data.json");
        run.PeakMegabytes.Should().BeLessThan(MemoryBoundMegabytes, run.ToString());
    }

    [Fact]
    public async Task Post_HundredMegabyteBodies_Are413ProblemsAndTheServerStaysSmall()
    {
        await using var server = await ChildServer.StartAsync();
        using var client = new HttpClient { BaseAddress = server.Address };

        var declared = await RawHttp.PostAsync(server.Address, "/drafts?as_of=2026-06-01", HundredMegabytes, chunked: false);
        var chunked = await RawHttp.PostAsync(server.Address, "/drafts?as_of=2026-06-01", HundredMegabytes, chunked: true);
        using var after = await client.GetAsync(new Uri("/templates", UriKind.Relative), TestContext.Current.CancellationToken);
        var run = await server.StopAsync();

        foreach (var (status, body) in new[] { declared, chunked })
        {
            status.Should().Be(413, body);
            using var problem = JsonDocument.Parse(body);
            problem.RootElement.GetProperty("status").GetInt32().Should().Be(413);
            problem.RootElement.GetProperty("issues")[0].GetProperty("message").GetString().Should().Be("A petition must be at most 1,048,576 bytes.");
        }

        after.StatusCode.Should().Be(HttpStatusCode.OK);
        run.PeakMegabytes.Should().BeLessThan(MemoryBoundMegabytes, run.ToString());
        run.Error.Should().NotContain("Unhandled exception").And.NotContain("fail:");
    }

    public void Dispose() => _files.Dispose();
}
