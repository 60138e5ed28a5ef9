using System.Security.Cryptography;
using PetitionKit.Tests.Cli;
using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.Hostile;

/// <summary>The same render on machines in different time zones and cultures, each a process of its own (a process
/// reads its time zone once): the drafts must be the same bytes.</summary>
[Trait("Category", "Hostile")]
public sealed class HostTimeZoneTests : IDisposable
{
    private readonly CliRun _files = new();

    [Fact]
    public async Task Render_TemplateDateAndTextFunctions_GiveTheSameBytesUnderEveryTimeZoneAndCulture()
    {
        var template = _files.Write("dates.docx", Docx.Package(
            Docx.Paragraph("{{ date.parse \"2026-01-01T02:00:00Z\" | date.to_string \"%F %T %Z %s\" }}")
            + Docx.Paragraph("{{ date.parse \"2025-12-31T20:00:00-08:00\" | date.to_string \"%F %T\" }}")
            + Docx.Paragraph("{{ date.parse \"2026-07-04 00:30\" | date.to_string \"%F %T %Z\" }}")
            + Docx.Paragraph("{{ \"2026-01-01T02:00:00Z\" | date.add_days 1 }}")
            + Docx.Paragraph("{{ date \"2026-01-01T02:00:00Z\" }}")
            + Docx.Paragraph("{{ date.parse_to_string \"2026-01-01T02:00:00Z\" \"%B %e, %Y\" }}")
            + Docx.Paragraph("{{ date.parse \"03 01, 2026 01:30 +00:00\" \"%m %d, %Y %H:%M %Z\" | date.to_string \"%F %R\" }}")
            + Docx.Paragraph("{{ \"istanbul\" | string.capitalize }} {{ [\"b\", \"ı\", \"i\", \"a\"] | array.sort | array.join \",\" }}")));
        var data = _files.Write("data.json", "{}");

        var utc = await RenderUnderAsync(template, data, "utc.docx", "UTC", "C.UTF-8");
        var losAngeles = await RenderUnderAsync(template, data, "la.docx", "America/Los_Angeles", "tr_TR.UTF-8");

        DocxText.DraftParagraphs(utc).Should().Equal(
            "2026-01-01 02:00:00 +00:00 1767232800",
            "2026-01-01 04:00:00",
            "2026-07-04 00:30:00 +00:00",
            "02 Jan 2026",
            "01 Jan 2026",
            "January  1, 2026",
            "2026-03-01 01:30",
            "Istanbul a,b,i,ı");
        SHA256.HashData(losAngeles).Should().Equal(SHA256.HashData(utc));
    }

    public void Dispose() => _files.Dispose();

    private async Task<byte[]> RenderUnderAsync(string template, string data, string output, string timeZone, string language)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["TZ"] = timeZone, ["LANG"] = language, ["LC_ALL"] = language };

        var run = await ChildProcess.RunCliAsync(environment, "render", "--template", template, "--data", data, "--out", _files.Path(output), "--as-of", "2026-06-03");

        run.ExitCode.Should().Be(0, run.ToString());
        return await File.ReadAllBytesAsync(_files.Path(output), TestContext.Current.CancellationToken);
    }
}
