using System.Text.Json;
using System.Text.Json.Serialization;
using PetitionKit.Word.Templates;

namespace PetitionKit.Cli.Reporting;

/// <summary>Writes a location as an object a program can use plus the compiler-style <c>text</c> a person can read.</summary>
internal sealed class LocationJsonConverter : JsonConverter<TemplateLocation>
{
    public override TemplateLocation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Render reports are written, never read back.");

    public override void Write(Utf8JsonWriter writer, TemplateLocation value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("template_name", value.TemplateName);
        writer.WriteString("part_uri", value.PartUri);
        writer.WriteString("part_description", value.PartDescription);
        writer.WriteNumber("paragraph", value.Paragraph);
        writer.WriteNumber("column", value.Column);
        writer.WriteString("text", value.ToString());
        writer.WriteEndObject();
    }
}
