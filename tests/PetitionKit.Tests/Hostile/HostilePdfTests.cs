using System.Diagnostics;
using PetitionKit.Tests.Cli;

namespace PetitionKit.Tests.Hostile;

/// <summary><c>packet --pdf</c> with a LibreOffice that never finishes (a stand-in <c>soffice</c> that waits, with a child
/// of its own, as LibreOffice starts helpers): the run stops it after its time limit, child included, and says so.</summary>
[Trait("Category", "Hostile")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostilePdfTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task Packet_PdfConverterHangs_IsKilledWithItsChildrenAfterTheLimitAndTheDocumentsStay()
    {
        var bin = Directory.CreateDirectory(_cli.Path("bin")).FullName;
        var childPid = _cli.Path("child.pid");
        var soffice = _cli.Write("bin/soffice", $"#!/bin/sh\nsleep 300 &\necho $! > '{childPid}'\nwait\n");
        File.SetUnixFileMode(soffice, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _cli.SearchPath = bin;
        _cli.OfficeTimeout = TimeSpan.FromSeconds(2);
        var petition = PetitionFiles.WriteValid(_cli);
        var clock = Stopwatch.StartNew();

        var result = await _cli.RunAsync("packet", "-p", petition, "-o", _cli.Path("p"), "--as-of", PetitionFiles.AsOf, "--pdf");

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60));
        result.ExitCode.Should().Be(4, result.ToString());
        result.ErrorLines.Should().Contain("petitionkit: error: --pdf: LibreOffice did not finish within 2 seconds and was stopped; no PDF was written. The .docx files are written.");
        _cli.Files("p").Should().Contain("p/01-complaint.docx").And.NotContain(f => f.EndsWith(".pdf", StringComparison.Ordinal));
        var pid = int.Parse(await File.ReadAllTextAsync(childPid, TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        // A killed process may take a moment to be reaped.
        for (var i = 0; i < 50 && IsRunning(pid); i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        IsRunning(pid).Should().BeFalse("the converter's own child must be killed with it");
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public void Dispose() => _cli.Dispose();
}
