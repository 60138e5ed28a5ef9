using System.Text.Json;
using PetitionKit.Cli.Reporting;
using PetitionKit.Word.Templates;

namespace PetitionKit.Cli.Machine;

/// <summary>The <c>check</c> result's tags: each with its location (as in a render report), kind, scope and text.</summary>
internal static class MachineTags
{
    private static readonly LocationJsonConverter Location = new();

    public static void Write(Utf8JsonWriter json, IEnumerable<TemplateTag> tags)
    {
        json.WriteStartArray();
        foreach (var tag in tags)
        {
            json.WriteStartObject();
            json.WritePropertyName("location");
            Location.Write(json, tag.Location, JsonSerializerOptions.Default);
            json.WriteString("kind", tag.Kind);
            json.WriteString("scope", tag.Scope);
            json.WriteString("text", tag.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
