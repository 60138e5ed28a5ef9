using System.Collections;
using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using PetitionKit.Model;

namespace PetitionKit.Validation;

/// <summary>Every value set in a petition, with its JSON path, read from the same JSON metadata the petition file is read
/// with: a field the model gains later is visited without being listed anywhere.</summary>
internal static class PetitionLeaves
{
    public static IReadOnlyList<PetitionLeaf> Of(Petition petition)
    {
        ArgumentNullException.ThrowIfNull(petition);
        var leaves = new List<PetitionLeaf>();
        Visit(petition, typeof(Petition), string.Empty, string.Empty, leaves);
        return leaves;
    }

    private static void Visit(object value, Type type, string path, string shape, List<PetitionLeaf> leaves)
    {
        var info = value is string ? null : PetitionJsonContext.Default.GetTypeInfo(type);
        switch (info?.Kind)
        {
            case JsonTypeInfoKind.Object:
                foreach (var property in info.Properties)
                {
                    if (property.Get?.Invoke(value) is { } child)
                    {
                        var name = path.Length == 0 ? property.Name : path + "." + property.Name;
                        var childShape = shape.Length == 0 ? property.Name : shape + "." + property.Name;
                        Visit(child, property.PropertyType, name, childShape, leaves);
                    }
                }

                break;
            case JsonTypeInfoKind.Enumerable when info.ElementType is { } elementType && value is IEnumerable items:
                var index = 0;
                foreach (var item in items)
                {
                    if (item is not null)
                    {
                        Visit(item, elementType, string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]"), shape + "[]", leaves);
                    }

                    index++;
                }

                break;
            default:
                leaves.Add(new PetitionLeaf(path, shape, value));
                break;
        }
    }
}
