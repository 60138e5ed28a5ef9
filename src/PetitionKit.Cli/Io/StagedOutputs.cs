namespace PetitionKit.Cli.Io;

/// <summary>The files one command run writes (a draft, its report, its checklist), each staged beside its final path
/// and moved into place only when every one of them is complete on disk, so a run leaves all of them or none.</summary>
/// <remarks>Each file's content is flushed as soon as it is written, inside the step that names it: a full disk or a
/// quota is met there and reported as that file's failure, never later while another file is being moved.</remarks>
internal sealed class StagedOutputs : IAsyncDisposable
{
    private readonly List<StagedFile> _files = [];

    /// <summary>Stages one output and writes its content.</summary>
    /// <returns>What <paramref name="write"/> returned.</returns>
    /// <exception cref="OutputFileException">The file could not be created or written; it names the file.</exception>
    public async Task<T> WriteAsync<T>(string path, Func<Stream, Task<T>> write, CancellationToken cancellationToken)
    {
        try
        {
            var file = StagedFile.Create(path);
            _files.Add(file);
            var result = await write(file.Stream).ConfigureAwait(false);
            await file.Stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
        catch (Exception ex) when (FileErrors.IsFileProblem(ex))
        {
            throw new OutputFileException(path, ex);
        }
    }

    /// <inheritdoc cref="WriteAsync{T}"/>
    public Task WriteAsync(string path, Func<Stream, Task> write, CancellationToken cancellationToken) =>
        WriteAsync(
            path,
            async stream =>
            {
                await write(stream).ConfigureAwait(false);
                return true;
            },
            cancellationToken);

    /// <summary>Stages one output and returns the stream to write it to, for a writer that asks for its streams one by one
    /// (a filing packet); the content is flushed by <see cref="CommitAsync"/> at the latest.</summary>
    /// <exception cref="OutputFileException">The file could not be created; it names the file.</exception>
    public Stream Open(string path)
    {
        try
        {
            var file = StagedFile.Create(path);
            _files.Add(file);
            return file.Stream;
        }
        catch (Exception ex) when (FileErrors.IsFileProblem(ex))
        {
            throw new OutputFileException(path, ex);
        }
    }

    /// <summary>Moves every staged file into place, in the order they were written.</summary>
    /// <exception cref="OutputFileException">A file could not be moved; it names the file.</exception>
    public async Task CommitAsync()
    {
        foreach (var file in _files)
        {
            try
            {
                await file.CommitAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (FileErrors.IsFileProblem(ex))
            {
                throw new OutputFileException(file.Path, ex);
            }
        }
    }

    /// <summary>Deletes every temporary file that was not moved into place.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var file in _files)
        {
            await file.DisposeAsync().ConfigureAwait(false);
        }
    }
}
