using System.Diagnostics;

namespace PetitionKit.Tests.TestSupport;

/// <summary>Makes the things a user may give as an output path that are not regular files, with the system's own
/// tools, and reads back what stands at a path the way <c>stat</c> says it.</summary>
public static class SpecialFiles
{
    /// <summary>Makes a named pipe (FIFO) at the path.</summary>
    public static void NamedPipe(string path) => Run("mkfifo", path);

    /// <summary>Makes a character device like /dev/null at the path; needs root, so the test is skipped without it.</summary>
    public static void NullDevice(string path)
    {
        if (Run("mknod", path, "c", "1", "3", check: false) != 0)
        {
            Assert.Skip("making a device node needs root.");
        }
    }

    /// <summary>What <c>stat</c> says stands at the path, without following a link: <c>fifo</c>, <c>symbolic link</c>,
    /// <c>character special file</c>, <c>directory</c>, <c>regular file</c> or <c>regular empty file</c>.</summary>
    public static string Kind(string path)
    {
        var start = new ProcessStartInfo("stat", ["-c", "%F", path]) { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var kind = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return kind;
    }

    private static int Run(string program, params string[] args) => Run(program, args, check: true);

    private static int Run(string program, string path, string type, string major, string minor, bool check) =>
        Run(program, [path, type, major, minor], check);

    private static int Run(string program, string[] args, bool check)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { UseShellExecute = false, RedirectStandardError = true })!;
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (check && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed with {process.ExitCode}.");
        }

        return process.ExitCode;
    }
}
