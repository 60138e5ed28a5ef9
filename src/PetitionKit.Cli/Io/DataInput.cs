using System.Text.Json;

namespace PetitionKit.Cli.Io;

/// <summary>Reads a render's data file: a JSON object whose keys reach the template exactly as written.</summary>
internal static class DataInput
{
    private const FileOptions ReadOptions = FileOptions.Asynchronous | FileOptions.SequentialScan;

    // Data files are often edited by hand: a trailing comma or a comment is not worth failing a draft over.
    private static readonly JsonDocumentOptions ParseOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads and parses the file; every failure is one line naming the file (and the line and position for bad JSON).</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <param name="what">What the file holds, as the error about a file that is not an object names it.</param>
    /// <param name="example">A JSON object of that kind, for the same error.</param>
    public static async Task<Loaded<JsonDocument>> ReadAsync(string path, CancellationToken cancellationToken, string what = "the data", string example = "{\"petitioner\": {\"name\": \"…\"}}")
    {
        if (Directory.Exists(path))
        {
            return Loaded<JsonDocument>.Failure(ErrorPrinter.FileError(path, "this is a folder; give a .json data file."));
        }

        JsonDocument document;
        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, ReadOptions);
            await using (stream.ConfigureAwait(false))
            {
                // ParseAsync skips a UTF-8 byte order mark, which Windows editors often write.
                document = await JsonDocument.ParseAsync(stream, ParseOptions, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (JsonException ex)
        {
            // System.Text.Json counts lines and positions from 0; editors count from 1.
            var line = (ex.LineNumber ?? 0) + 1;
            var position = (ex.BytePositionInLine ?? 0) + 1;
            return Loaded<JsonDocument>.Failure(ErrorPrinter.FileError(path, line, position, $"invalid JSON: {WithoutPosition(ex.Message)}"));
        }
        catch (Exception ex) when (FileErrors.IsFileProblem(ex))
        {
            return Loaded<JsonDocument>.Failure(ErrorPrinter.FileError(path, FileErrors.DescribeRead(ex)));
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            var kind = Describe(document.RootElement.ValueKind);
            document.Dispose();
            return Loaded<JsonDocument>.Failure(ErrorPrinter.FileError(path,
                $"{what} must be a JSON object such as {example}, not {kind}."));
        }

        return Loaded<JsonDocument>.Success(document);
    }

    private static string WithoutPosition(string message)
    {
        // The message repeats the position we already print in front: "… LineNumber: 2 | BytePositionInLine: 7."
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a true/false value",
        _ => "null",
    };
}
