using System.Globalization;
using System.Text.Json;
using Scriban.Runtime;

namespace PetitionKit.Rendering;

/// <summary>Exposes JSON data to templates with its keys exactly as written, as plain Scriban objects: templates reach
/// the data given and nothing else (no .NET members, no setters on the caller's objects).</summary>
internal static class JsonData
{
    public static object? ToScript(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ToObject(element),
        JsonValueKind.Array => ToArray(element),
        JsonValueKind.String => Text(element),
        JsonValueKind.Number => ToNumber(element),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    public static ScriptObject ToObject(JsonElement element)
    {
        // Sized up front: a table loop's rows are thousands of small objects, and a growing dictionary for each was a
        // good part of what a render allocated.
        var result = new ScriptObject(element.GetPropertyCount(), StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var name = Name(property);
            try
            {
                result.SetValue(name, ToScript(property.Value), readOnly: false);
            }
            catch (InvalidDataTextException ex)
            {
                throw ex.Under(JsonPathSegment.Property(name));
            }
        }

        return result;
    }

    private static ScriptArray ToArray(JsonElement element)
    {
        var result = new ScriptArray(element.GetArrayLength());
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            try
            {
                result.Add(ToScript(item));
            }
            catch (InvalidDataTextException ex)
            {
                throw ex.Under(JsonPathSegment.Index(index));
            }

            index++;
        }

        return result;
    }

    // Text that is not valid UTF-8, or a lone surrogate escape such as \ud800, parses as JSON but cannot become a .NET
    // string: it is refused as the data's error, at its path, instead of failing the process.
    private static string Text(JsonElement element)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidDataTextException(string.Empty, ex);
        }
    }

    private static string Name(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidDataTextException(string.Empty, ex);
        }
    }

    private static object ToNumber(JsonElement element)
    {
        if (element.TryGetInt64(out var whole))
        {
            return whole;
        }

        // Decimal keeps 0.1 as 0.1 when printed; double only when the number is beyond decimal's range.
        return element.TryGetDecimal(out var exact) ? exact : double.Parse(element.GetRawText(), CultureInfo.InvariantCulture);
    }
}
