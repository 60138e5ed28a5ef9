using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PetitionKit.Model;

namespace PetitionKit.Json;

/// <summary>The public JSON contract as metadata an app's serializer options take: <see cref="Petition"/> through
/// <see cref="PetitionJsonConverter"/> (the file format's names and all its errors at once), and the problem types.
/// No reflection, so it serves trimmed and native-AOT apps too.</summary>
internal sealed class PetitionTypeInfoResolver : IJsonTypeInfoResolver
{
    public static PetitionTypeInfoResolver Instance { get; } = new();

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        type == typeof(Petition)
            ? JsonMetadataServices.CreateValueInfo<Petition>(options, new PetitionJsonConverter())
            : ((IJsonTypeInfoResolver)ProblemJsonContext.Default).GetTypeInfo(type, options);
}
