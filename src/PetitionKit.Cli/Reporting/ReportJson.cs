using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using PetitionKit.Word;

namespace PetitionKit.Cli.Reporting;

/// <summary>Writes a render report as indented snake_case JSON, the vocabulary templates and petition data use.</summary>
internal static class ReportJson
{
    private static readonly ReportJsonContext Context = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,

        // The report is a file for people and programs, never embedded in HTML, so '¶' and quotes stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters =
        {
            new LocationJsonConverter(),
            new SeverityJsonConverter(),
            new JsonStringEnumConverter<Word.Drafting.ChecklistCategory>(JsonNamingPolicy.SnakeCaseLower),
        },
    });

    public static async Task WriteAsync(Stream destination, RenderReport report, CancellationToken cancellationToken)
    {
        await JsonSerializer.SerializeAsync(destination, report, Context.RenderReport, cancellationToken).ConfigureAwait(false);

        // A final newline, so the file is a well-formed text file for diff and cat.
        destination.WriteByte((byte)'\n');
    }

    /// <summary>Writes the report as one value of a larger document, such as the <c>--json</c> output.</summary>
    public static void Write(Utf8JsonWriter json, RenderReport report) =>
        JsonSerializer.Serialize(json, report, Context.RenderReport);
}
