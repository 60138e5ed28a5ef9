using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PetitionKit.Model;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Json;

/// <summary>Walks a parsed petition file against the petition model's source-generated metadata and reports every shape
/// error at once: unknown properties, properties named twice, missing required ones, nulls where a value is needed and
/// values of the wrong type.
/// The serializer stops at its first error, so the file is checked this way before it is deserialized.</summary>
internal static class JsonShapeCheck
{
    // A file with more errors than this is probably not a petition at all; the rest would only bury the first ones.
    private const int MaxIssues = 100;

    public static IReadOnlyList<Diagnostic> Check(JsonElement root)
    {
        var issues = new List<Diagnostic>();
        Value(root, PetitionJsonContext.Default.Petition, string.Empty, issues);
        return issues.Count > MaxIssues ? issues[..MaxIssues] : issues;
    }

    private static void Value(JsonElement element, JsonTypeInfo type, string path, List<Diagnostic> issues)
    {
        switch (type.Kind)
        {
            case JsonTypeInfoKind.Object when element.ValueKind == JsonValueKind.Object:
                Object(element, type, path, issues);
                break;
            case JsonTypeInfoKind.Enumerable when element.ValueKind == JsonValueKind.Array && type.ElementType is { } elementType:
                var itemType = Info(elementType);
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Value(item, itemType, string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]"), issues);
                    index++;
                }

                break;
            case JsonTypeInfoKind.Object or JsonTypeInfoKind.Enumerable:
                issues.Add(JsonErrors.WrongType(path, type.Type));
                break;
            default:
                Leaf(element, type, path, issues);
                break;
        }
    }

    private static void Object(JsonElement element, JsonTypeInfo type, string path, List<Diagnostic> issues)
    {
        var properties = type.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in element.EnumerateObject())
        {
            var at = JsonErrors.Join(path, member.Name);
            if (!named.Add(member.Name))
            {
                issues.Add(JsonErrors.DuplicateProperty(at, member.Name));
                continue;
            }

            if (!properties.TryGetValue(member.Name, out var property))
            {
                issues.Add(JsonErrors.UnknownProperty(at, member.Name));
                continue;
            }

            seen.Add(member.Name);
            if (member.Value.ValueKind == JsonValueKind.Null)
            {
                if (!property.IsSetNullable)
                {
                    issues.Add(JsonErrors.NullNotAllowed(at));
                }

                continue;
            }

            Value(member.Value, Info(property.PropertyType), at, issues);
        }

        issues.AddRange(type.Properties
            .Where(p => p.IsRequired && !seen.Contains(p.Name))
            .Select(p => JsonErrors.MissingRequired(JsonErrors.Join(path, p.Name), p.Name)));
    }

    // A leaf (string, number, bool, date, enum) is read on its own with its own converter, so what counts as valid is
    // exactly what the serializer accepts.
    private static void Leaf(JsonElement element, JsonTypeInfo type, string path, List<Diagnostic> issues)
    {
        try
        {
            _ = element.Deserialize(type);
        }
        catch (JsonException) when (OutOfRange(element, type.Type) && SupportedRanges.ForNumber(SupportedRanges.Shape(path)) is { } range)
        {
            issues.Add(JsonErrors.NumberOutOfRange(path, element.GetRawText(), range));
        }
        catch (JsonException)
        {
            issues.Add(JsonErrors.WrongType(path, type.Type));
        }
        catch (InvalidOperationException)
        {
            issues.Add(JsonErrors.WrongType(path, type.Type));
        }
    }

    // A number the field's type cannot hold: a whole number beyond an int (a fraction, or a whole number written with an
    // exponent such as 1e2, is the wrong type instead), or any number beyond a decimal's range, such as 1e30.
    private static bool OutOfRange(JsonElement element, Type type)
    {
        if (element.ValueKind != JsonValueKind.Number)
        {
            return false;
        }

        var numeric = Nullable.GetUnderlyingType(type) ?? type;
        return numeric == typeof(decimal)
            || (numeric == typeof(int) && element.TryGetDouble(out var value) && Math.Floor(value) == value && (value > int.MaxValue || value < int.MinValue));
    }

    private static JsonTypeInfo Info(Type type) =>
        PetitionJsonContext.Default.GetTypeInfo(type)
        ?? throw new InvalidOperationException($"The petition model's metadata has no entry for {type.Name}.");
}
