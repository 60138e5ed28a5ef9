namespace PetitionKit.Cli.Io;

/// <summary>An output written beside its final path under a temporary name and moved into place only on
/// <see cref="CommitAsync"/>, so a failed run never leaves a partial or misleading draft behind.</summary>
/// <remarks>The temporary file sits in the same folder so the move is a rename on one volume, never a copy.</remarks>
internal sealed class StagedFile : IAsyncDisposable
{
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
        var temporary = System.IO.Path.Combine(folder, FormattableString.Invariant($".{System.IO.Path.GetFileName(full)}.{Environment.ProcessId}.tmp"));
        var stream = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous);
        return new StagedFile(full, temporary, stream);
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
