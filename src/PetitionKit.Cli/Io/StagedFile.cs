using System.Diagnostics;
using System.Globalization;

namespace PetitionKit.Cli.Io;

/// <summary>An output written beside its final path under a temporary name and moved into place only on
/// <see cref="CommitAsync"/>, so a failed run never leaves a partial or misleading draft behind.</summary>
/// <remarks>The temporary file sits in the same folder so the move is a rename on one volume, never a copy.</remarks>
internal sealed class StagedFile : IAsyncDisposable
{
    private const string Suffix = ".tmp";

    // Names are matched exactly below; the search pattern only narrows the listing. Temporaries are hidden files,
    // which a default search skips.
    private static readonly EnumerationOptions StaleSearch = new() { MatchType = MatchType.Simple, MatchCasing = MatchCasing.CaseSensitive, AttributesToSkip = FileAttributes.None };

    private readonly string _temporaryPath;
    private bool _committed;

    private StagedFile(string path, string temporaryPath, FileStream stream)
    {
        Path = path;
        _temporaryPath = temporaryPath;
        Stream = stream;
    }

    /// <summary>Gets the final path.</summary>
    public string Path { get; }

    /// <summary>Gets the stream to write the content to.</summary>
    public FileStream Stream { get; }

    /// <summary>Creates the temporary file (and the final folder, when missing).</summary>
    public static StagedFile Create(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(full) ?? throw new IOException($"'{path}' has no folder.");
        Directory.CreateDirectory(folder);

        // The process id keeps two runs writing the same output from sharing a temporary file.
        var name = System.IO.Path.GetFileName(full);
        RemoveStale(folder, name);
        var temporary = System.IO.Path.Combine(folder, FormattableString.Invariant($".{name}.{Environment.ProcessId}{Suffix}"));
        var stream = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous);
        return new StagedFile(full, temporary, stream);
    }

    /// <summary>Deletes the temporaries that earlier runs left for this output and that no live process owns: a run
    /// killed outright (<c>kill -9</c>, a power cut) cannot clean up after itself. A temporary whose process still
    /// runs may be another run's work in progress and is left alone.</summary>
    private static void RemoveStale(string folder, string name)
    {
        var prefix = $".{name}.";
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder, prefix + "*" + Suffix, StaleSearch))
            {
                var fileName = System.IO.Path.GetFileName(file);
                if (fileName.StartsWith(prefix, StringComparison.Ordinal)
                    && fileName.EndsWith(Suffix, StringComparison.Ordinal)
                    && int.TryParse(fileName.AsSpan(prefix.Length, fileName.Length - prefix.Length - Suffix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var owner)
                    && owner != Environment.ProcessId
                    && !IsRunning(owner))
                {
                    File.Delete(file);
                }
            }
        }
        catch (Exception ex) when (FileErrors.IsFileProblem(ex))
        {
            // A leftover that cannot be removed is harmless: it is never read, and this run writes its own.
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Closes the temporary file and moves it over the final path.</summary>
    public async ValueTask CommitAsync()
    {
        await Stream.DisposeAsync().ConfigureAwait(false);
        File.Move(_temporaryPath, Path, overwrite: true);
        _committed = true;
    }

    /// <summary>Closes the temporary file and, when not committed, deletes it; never throws.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_committed)
        {
            return;
        }

        try
        {
            // Closing flushes what is still buffered, which fails again on a full disk: the file goes all the same.
            await Stream.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (FileErrors.IsFileProblem(ex))
        {
            // Cleaning up must not hide the error that made the run fail.
        }

        try
        {
            File.Delete(_temporaryPath);
        }
        catch (Exception ex) when (FileErrors.IsFileProblem(ex))
        {
            // As above.
        }
    }
}
