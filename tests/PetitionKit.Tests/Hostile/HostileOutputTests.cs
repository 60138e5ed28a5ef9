using PetitionKit.Tests.Cli;
using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.Hostile;

/// <summary>Outputs under a real full disk and a real <c>kill -9</c>, each in processes of their own: the error names
/// the file that failed, and nothing a failed or killed run left is kept or read by the next one.</summary>
[Trait("Category", "Hostile")]
public sealed class HostileOutputTests : IDisposable
{
    private readonly CliRun _files = new();

    [Theory]
    [InlineData(256, "report.json")]
    [InlineData(64, "draft.docx")]
    public async Task Render_DiskFillsWhileWritingDraftAndReport_NamesTheFileThatFailedAndLeavesNothing(int kilobytes, string failing)
    {
        // About 110 KB of draft and 1 MB of report: on 256 KB the draft fits and the report does not; on 64 KB neither.
        var template = _files.Write("gaps.docx", Docx.Package(string.Concat(Enumerable.Range(0, 2000).Select(i => Docx.Paragraph($"{{{{ v{i} }}}}")))));
        var data = _files.Write("data.json", "{}");
        var disk = Directory.CreateDirectory(_files.Path("disk")).FullName;

        var run = await ChildProcess.RunCliOnSmallDiskAsync(
            disk, kilobytes, "render", "-t", template, "-d", data, "-o", Path.Combine(disk, "draft.docx"), "--report", Path.Combine(disk, "report.json"));

        run.ExitCode.Should().Be(1, run.ToString());
        run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith("Command exited", StringComparison.Ordinal))
            .Should().Equal($"{Path.Combine(disk, failing)}: error: cannot be written: No space left on device.");
        run.Output.Should().Be("left on the disk:\n", "neither the draft, the report nor a temporary may be left");
    }

    [Fact]
    public async Task Batch_KilledWhileDrafting_LeavesATemporaryThatTheNextRunRemovesAndNeverReads()
    {
        var template = _files.Write("long.docx", Docx.Package(Docx.Paragraph("{{ \"a\" * n }}")));
        var folder = _files.Path("cases");
        _files.Write("cases/a.json", """{"n": 1}""");
        _files.Write("cases/b-long.json", """{"n": 30000000}""");
        _files.Write("cases/c.json", """{"n": 1}""");

        // Drafts beside their data, so a temporary left there is in the very folder the next run reads records from.
        using var batch = ChildProcess.StartCli("batch", "-t", template, "--data-dir", folder, "--out-dir", folder, "--jobs", "1");
        var temporary = Path.Combine(folder, FormattableString.Invariant($".b-long.docx.{batch.Id}.tmp"));
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!File.Exists(temporary) && !batch.HasExited)
        {
            await Task.Delay(2, patience.Token);
        }

        batch.HasExited.Should().BeFalse("the batch must be killed while it drafts the long record");
        batch.Kill();
        await batch.WaitForExitAsync(TestContext.Current.CancellationToken);
        File.Exists(temporary).Should().BeTrue("kill -9 leaves the temporary of the draft being written");

        _files.Write("cases/b-long.json", """{"n": 2}""");
        var rerun = await _files.RunAsync("batch", "-t", template, "--data-dir", folder, "--out-dir", folder);

        rerun.ExitCode.Should().Be(0, rerun.ToString());
        rerun.Output.Should().Contain("Drafted 3 of 3 data files");
        _files.Files("cases").Should().Equal("cases/a.docx", "cases/a.json", "cases/b-long.docx", "cases/b-long.json", "cases/c.docx", "cases/c.json");
    }

    public void Dispose() => _files.Dispose();
}
