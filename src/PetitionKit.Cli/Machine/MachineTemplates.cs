using System.Text.Json;

namespace PetitionKit.Cli.Machine;

/// <summary>The <c>templates</c> result: each built-in template's id, purpose and the case types it drafts by default.</summary>
internal static class MachineTemplates
{
    public static void Write(Utf8JsonWriter json, IEnumerable<string> ids, Func<string, string> purpose, Func<string, IReadOnlyList<string>> defaultFor)
    {
        json.WriteStartArray();
        foreach (var id in ids)
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("purpose", purpose(id));
            json.WritePropertyName("default_for");
            WriteStrings(json, defaultFor(id));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void WriteStrings(Utf8JsonWriter json, IEnumerable<string> values)
    {
        json.WriteStartArray();
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
