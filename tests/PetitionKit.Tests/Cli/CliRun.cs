using Microsoft.Extensions.Time.Testing;
using PetitionKit.Cli;
using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.Cli;

/// <summary>Runs the real command tree in-process against files in a temporary folder of its own.</summary>
public sealed class CliRun : IDisposable
{
    /// <summary>The date the fake system clock reads, distinct from any date a test passes with --as-of.</summary>
    public static readonly DateOnly ClockDate = new(2026, 6, 3);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(ClockDate.ToDateTime(new TimeOnly(23, 0)), TimeSpan.Zero));

    public CliRun()
    {
        Folder = Directory.CreateTempSubdirectory("petitionkit-cli-").FullName;

        // 23:00 UTC is already the next day here: a command that used local time would draft the wrong date.
        _clock.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("UTC+05", TimeSpan.FromHours(5), "UTC+05", "UTC+05"));
    }

    public string Folder { get; }

    /// <summary>A template with a value tag, a paragraph block and a row-free inline value.</summary>
    public static byte[] GoodTemplate() => Docx.Package(
        Docx.Paragraph("Petitioner ", "{{ petitioner", ".name }}", " sues.")
        + Docx.Paragraph("{{ if urgent }}")
        + Docx.Paragraph("This matter is urgent.")
        + Docx.Paragraph("{{ end }}"));

    /// <summary>A template with a tracked insertion, which loads with a warning (PK2019).</summary>
    public static byte[] TrackedChangeTemplate() => Docx.Package(
        Docx.Paragraph("Petitioner {{ petitioner.name }} sues.")
        + "<w:p><w:ins w:id=\"1\" w:author=\"Clerk\" w:date=\"2026-01-01T00:00:00Z\">" + Docx.Run("Added in review.") + "</w:ins></w:p>");

    /// <summary>A template whose block is never closed (PK2013).</summary>
    public static byte[] MissingEndTemplate() => Docx.Package(
        Docx.Paragraph("Petitioner {{ petitioner.name }} sues.")
        + Docx.Paragraph("{{ if urgent }}")
        + Docx.Paragraph("This matter is urgent."));

    public string Path(string name) => System.IO.Path.Combine(Folder, name);

    public string Write(string name, byte[] content)
    {
        var path = Path(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string Write(string name, string content) => Write(name, System.Text.Encoding.UTF8.GetBytes(content));

    /// <summary>Every file under the folder, relative and sorted, so a test can see that nothing else was left behind.</summary>
    public IReadOnlyList<string> Files(string under = "") =>
        Directory.EnumerateFiles(Path(under), "*", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Gets or sets the folders the command searches for LibreOffice, instead of the machine's PATH.</summary>
    public string? SearchPath { get; set; }

    /// <summary>Gets or sets how long a LibreOffice run may take, instead of the command's default.</summary>
    public TimeSpan? OfficeTimeout { get; set; }

    public async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(output, error, _clock, Interactive: false);
        environment = environment with
        {
            SearchPath = SearchPath ?? environment.SearchPath,
            OfficeTimeout = OfficeTimeout ?? environment.OfficeTimeout,
        };

        var exitCode = await CommandLine.RunAsync(args, environment, TestContext.Current.CancellationToken);

        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
