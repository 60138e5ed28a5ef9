using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PetitionKit.Catalogs;

/// <summary>Reads one catalog data file embedded in the assembly under <c>Catalogs/Data/</c>.</summary>
internal static class CatalogResource
{
    private const string Prefix = "PetitionKit.Catalogs.Data.";

    /// <summary>Deserializes the embedded file <paramref name="fileName"/>.</summary>
    /// <exception cref="InvalidOperationException">The file is missing or empty: the package is broken.</exception>
    internal static T Read<T>(string fileName, JsonTypeInfo<T> typeInfo)
    {
        var name = Prefix + fileName;
        using var stream = typeof(CatalogResource).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The catalog data file '{name}' is missing from the PetitionKit assembly.");
        return JsonSerializer.Deserialize(stream, typeInfo)
            ?? throw new InvalidOperationException($"The catalog data file '{name}' is empty.");
    }

    /// <summary>Copies a deserialized list into one no caller can change, since catalogs are shared process-wide.</summary>
    internal static IReadOnlyList<T> Freeze<T>(IReadOnlyList<T> list) => Array.AsReadOnly(list.ToArray());
}
