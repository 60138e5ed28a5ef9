using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PetitionKit.Word.Checking;

namespace PetitionKit.Petitions;

/// <summary>The shape a record has in a template, read from the same JSON metadata that writes it into the view: every
/// property by its JSON name, whether or not a given petition fills it, so the check knows optional paths too.</summary>
internal static class JsonShape
{
    public static DataShape Of(JsonSerializerContext context, Type type, string path)
    {
        var info = context.GetTypeInfo(type) ?? throw new InvalidOperationException($"{context.GetType().Name} has no metadata for {type.Name}.");
        return info.Kind switch
        {
            JsonTypeInfoKind.Object => DataShape.Object(path, info.Properties
                .Where(p => p.Get is not null)
                .Select(p => KeyValuePair.Create(p.Name, Of(context, p.PropertyType, Join(path, p.Name))))),
            JsonTypeInfoKind.Enumerable => DataShape.List(path, Of(context, info.ElementType!, path + "[]")),

            // A dictionary's keys are data (circuit numbers, say), so any member may be read.
            JsonTypeInfoKind.Dictionary => DataShape.Any,
            _ => DataShape.Value(path),
        };
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
