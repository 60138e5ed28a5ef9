using System.Text.Json;
using System.Text.Json.Serialization;
using PetitionKit.Model;

namespace PetitionKit.Json;

/// <summary>Reads a petition inside another serializer's read (ASP.NET Core binding a request body) exactly as
/// <see cref="PetitionJson.Read(string)"/> does: the whole value is parsed, its shape checked, and every problem
/// reported at once in a <see cref="PetitionValidationException"/>, instead of the serializer's first error alone.</summary>
internal sealed class PetitionJsonConverter : JsonConverter<Petition>
{
    public override Petition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var document = JsonDocument.ParseValue(ref reader);
        return PetitionJson.FromDocument(() => document);
    }

    public override void Write(Utf8JsonWriter writer, Petition value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, Model.PetitionJsonContext.Default.Petition);
}
