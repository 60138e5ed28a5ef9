using PetitionKit.Json;
using PetitionKit.Model;

namespace PetitionKit.Cli.Io;

/// <summary>Reads a petition file (the JSON of <see cref="PetitionJson"/>), turning every problem into error lines.</summary>
internal static class PetitionInput
{
    private const FileOptions ReadOptions = FileOptions.Asynchronous | FileOptions.SequentialScan;

    /// <summary>Reads the file; a JSON problem is one line per issue, each naming its snake_case path and code.</summary>
    private const long PeekLimitBytes = 1024 * 1024;

    /// <summary>Reads the top-level <c>case_type</c> of a petition file without reading the petition, or null when the
    /// file is no petition with a known case type or is larger than a petition is. Only a hint: the petition as read decides.</summary>
    public static CaseType? PeekCaseType(string path)
    {
        // A petition is a few kilobytes; a larger file is left to the petition's own read, so it is never held twice.
        if (new FileInfo(path).Length > PeekLimitBytes)
        {
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        var reader = new System.Text.Json.Utf8JsonReader(bytes, new System.Text.Json.JsonReaderOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read() || reader.TokenType != System.Text.Json.JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.PropertyName)
            {
                var isCaseType = reader.ValueTextEquals("case_type");
                if (!reader.Read())
                {
                    return null;
                }

                if (isCaseType)
                {
                    return reader.TokenType == System.Text.Json.JsonTokenType.String && reader.GetString() is { } name
                        ? Enum.GetValues<CaseType>().Cast<CaseType?>().FirstOrDefault(c => string.Equals(
                            System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(c!.Value.ToString()), name, StringComparison.Ordinal))
                        : null;
                }

                reader.Skip();
            }
        }
        catch (System.Text.Json.JsonException)
        {
            // Malformed JSON: the petition's read says where.
        }

        return null;
    }

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
