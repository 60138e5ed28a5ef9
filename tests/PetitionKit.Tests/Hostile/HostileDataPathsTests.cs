using System.Text;
using PetitionKit.Tests.Cli;
using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.Hostile;

/// <summary>Naming a missing value by its place in the data walks the data once (Rendering/DataPaths): on data past the
/// walk's object limit the render still ends in bounded time and memory, and a value the walk did not reach keeps the
/// tag's own name.</summary>
[Trait("Category", "Hostile")]
public sealed class HostileDataPathsTests : IDisposable
{
    private readonly CliRun _files = new();

    [Fact]
    public async Task Render_GapAfterMoreObjectsThanTheWalkMaps_IsNamedByTheTagWithinBounds()
    {
        // 150,000 rows of two objects each: 300,001 objects, three times what the walk maps, in one loop under the loop limit.
        var data = new StringBuilder("{\"rows\": [");
        for (var i = 0; i < 150_000; i++)
        {
            data.Append(i == 0 ? string.Empty : ",").Append("{\"x\": {\"y\": 1}}");
        }

        var template = _files.Write("rows.docx", Docx.Package(
            Docx.Paragraph("{{ for r in rows }}{{ if for.first }}", "{{ r.x.first_gap }}", "{{ end }}{{ if for.last }}", "{{ r.x.last_gap }}", "{{ end }}{{ end }}")));
        var dataFile = _files.Write("data.json", data.Append("]}").ToString());

        var run = await ChildProcess.RunCliAsync("render", "--template", template, "--data", dataFile, "--out", _files.Path("out.docx"));

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("missing value 'rows[0].x.first_gap'", "a value the walk reached is named by its place")
            .And.Contain("missing value 'r.x.last_gap'", "a value past the walk's limit keeps the tag's name");
        run.PeakMegabytes.Should().BeLessThan(1024, run.ToString());
        run.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(31), run.ToString());
    }

    public void Dispose() => _files.Dispose();
}
