using System.Globalization;

namespace PetitionKit.Templates;

/// <summary>Writes a file under a temporary name beside it and moves it into place only when the whole content is
/// written, so a refused petition, a failed render or a cancelled call never leaves a 0-byte or partial draft, and a
/// draft already at the path stays as it was.</summary>
/// <remarks>The temporary sits in the same folder so the move is a rename on one volume, never a copy. Its name holds
/// the process id and a counter, so two calls writing the same path at once never share it.</remarks>
internal static class StagedFileWrite
{
    private static long _sequence;

    public static async Task<T> WriteAsync<T>(string path, Func<Stream, Task<T>> write, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new IOException($"'{path}' has no folder.");
        var sequence = Interlocked.Increment(ref _sequence);
        var temporary = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $".{Path.GetFileName(full)}.{Environment.ProcessId}-{sequence}.tmp"));
        var moved = false;
        try
        {
            T result;
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                result = await write(stream).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, full, overwrite: true);
            moved = true;
            return result;
        }
        finally
        {
            if (!moved)
            {
                TryDelete(temporary);
            }
        }
    }

    private static void TryDelete(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Cleaning up must not hide the error that stopped the draft; the leftover is a hidden .tmp file, never read.
        }
    }
}
