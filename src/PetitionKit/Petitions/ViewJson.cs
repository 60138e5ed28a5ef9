using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PetitionKit.Word.Rendering;

namespace PetitionKit.Petitions;

/// <summary>Turns analysis and catalog records into template objects, enums as snake_case words.</summary>
internal static class ViewJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = ViewJsonContext.Default,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static object? ToScript<T>(T value)
    {
        var info = (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
        using var document = JsonSerializer.SerializeToDocument(value, info);
        return JsonData.ToScript(document.RootElement);
    }
}
