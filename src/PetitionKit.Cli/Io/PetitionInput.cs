using PetitionKit.Json;
using PetitionKit.Model;

namespace PetitionKit.Cli.Io;

/// <summary>Reads a petition file (the JSON of <see cref="PetitionJson"/>), turning every problem into error lines.</summary>
internal static class PetitionInput
{
    private const FileOptions ReadOptions = FileOptions.Asynchronous | FileOptions.SequentialScan;

    /// <summary>Reads the file; a JSON problem is one line per issue, each naming its snake_case path and code.</summary>
    public static async Task<Loaded<Petition>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            return Loaded<Petition>.Failure(ErrorPrinter.FileError(path, "this is a folder; give a petition .json file."));
        }

        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, ReadOptions);
            await using (stream.ConfigureAwait(false))
            {
                // The library reads synchronously; buffering first keeps the file read itself asynchronous and cancellable.
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
                buffer.Position = 0;
                return Loaded<Petition>.Success(PetitionJson.Read(buffer));
            }
        }
        catch (PetitionValidationException ex)
        {
            return Loaded<Petition>.Failure(ex.Report.Issues.Select(issue => $"{path}: {issue}"));
        }
        catch (Exception ex) when (FileErrors.IsFileProblem(ex))
        {
            return Loaded<Petition>.Failure(ErrorPrinter.FileError(path, FileErrors.DescribeRead(ex)));
        }
    }
}
