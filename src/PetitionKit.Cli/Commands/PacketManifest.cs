using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PetitionKit.Packets;

namespace PetitionKit.Cli.Commands;

/// <summary><c>packet.json</c>: for apps, each document of the packet (file, kind, title) with its missing values and
/// its review checklist, in the packet's order.</summary>
internal static class PacketManifest
{
    public const string FileName = "packet.json";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(Stream destination, PacketReport report, CancellationToken cancellationToken)
    {
        var json = new Utf8JsonWriter(destination, Options);
        await using (json.ConfigureAwait(false))
        {
            Write(json, report);
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        // A final newline, so the file is a well-formed text file for diff and cat.
        destination.WriteByte((byte)'\n');
    }

    /// <summary>Writes the manifest as one value, the file's content and the <c>packet</c> of the <c>--json</c> output.</summary>
    public static void Write(Utf8JsonWriter json, PacketReport report)
    {
        json.WriteStartObject();
        json.WriteString("as_of", report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteStartArray("documents");
        foreach (var (document, render) in report.Documents)
        {
            json.WriteStartObject();
            json.WriteString("file", document.FileName);
            json.WriteString("kind", JsonNamingPolicy.SnakeCaseLower.ConvertName(document.Kind.ToString()));
            json.WriteString("title", document.Title);
            json.WriteString("template", render.TemplateName);
            json.WriteStartArray("missing_values");
            foreach (var missing in render.MissingValues)
            {
                json.WriteStringValue(missing.Name);
            }

            json.WriteEndArray();
            json.WriteStartArray("review_checklist");
            foreach (var item in render.Checklist)
            {
                json.WriteStartObject();
                json.WriteString("category", JsonNamingPolicy.SnakeCaseLower.ConvertName(item.Category.ToString()));
                json.WriteString("text", item.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteDeadlines(json, report.Deadlines);
        json.WriteEndObject();
    }

    /// <summary>The deadlines as the deadlines page states them; <c>due</c> is null where the day the count starts from
    /// was not given.</summary>
    private static void WriteDeadlines(Utf8JsonWriter json, IReadOnlyList<PacketDeadline> deadlines)
    {
        json.WriteStartArray("deadlines");
        foreach (var deadline in deadlines)
        {
            json.WriteStartObject();
            json.WriteString("event", deadline.Event);
            json.WriteString("rule", deadline.Rule);
            json.WriteNumber("days", deadline.Days);
            json.WriteString("counted_from", deadline.CountedFrom);
            if (deadline.Due is { } due)
            {
                json.WriteString("due", due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                json.WriteNull("due");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
