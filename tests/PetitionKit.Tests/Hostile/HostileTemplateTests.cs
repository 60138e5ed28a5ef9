using PetitionKit.Tests.Cli;
using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.Hostile;

/// <summary>Template code that once took gigabytes or ran past the time limit, rendered by the command-line tool in a
/// process of its own under the default limits, its peak memory and time measured from outside.</summary>
[Trait("Category", "Hostile")]
public sealed class HostileTemplateTests : IDisposable
{
    private readonly CliRun _files = new();

    public static TheoryData<string, string> Attacks => new()
    {
        { "repeat", "{{ \"aaaaaaaaaa\" * 1000000000 }}" },
        { "format", "{{ 1 | math.format \"N999999999\" }}" },
        { "pad", "{{ \"x\" | string.pad_left 1000000000 }}" },
        { "replace", "{{ s = \"aaaaaaaaaa\" }}" + string.Concat(Enumerable.Repeat("{{ s = s | string.replace \"a\" \"aaaaaaaaaa\" }}", 9)) + "{{ s | string.size }}" },
        { "double", "{{ s = \"a\" }}" + string.Concat(Enumerable.Repeat("{{ s = s + s }}", 40)) + "{{ s | string.size }}" },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task Render_TemplateBuildingGigabytes_IsStoppedWithPK3004WithinBounds(string name, string tags)
    {
        var template = _files.Write(name + ".docx", Docx.Package(Docx.Paragraph(tags)));
        var data = _files.Write("data.json", "{}");

        var run = await ChildProcess.RunCliAsync("render", "--template", template, "--data", data, "--out", _files.Path("out.docx"));

        run.ExitCode.Should().Be(1, run.ToString());
        run.Error.Should().Contain($"{name}.docx/word/document.xml(¶1,").And.Contain("error PK3004:");
        _files.Files().Should().Equal("data.json", name + ".docx");
        run.PeakMegabytes.Should().BeLessThan(1024, run.ToString());
        run.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(31), run.ToString());
    }

    public void Dispose() => _files.Dispose();
}
