using System.Text.Json;
using Scriban.Runtime;

namespace PetitionKit.Word.Rendering;

/// <summary>Exposes JSON data to templates with its keys exactly as written, as plain Scriban objects: templates reach
/// the data given and nothing else (no .NET members, no setters on the caller's objects).</summary>
internal static class JsonData
{
    public static object? ToScript(JsonElement element) => ToScript(element, null);

    public static ScriptObject ToObject(JsonElement element) => ToObject(element, null);

    /// <summary>Converts render data, saying in <paramref name="duplicates"/> whether any object named a key twice (the
    /// template then sees only the last value); counting costs nothing, and the paths are found only when it happened.</summary>
    public static ScriptObject ToObject(JsonElement element, DuplicateKeyFlag? duplicates)
    {
        // Sized up front: a table loop's rows are thousands of small objects, and a growing dictionary for each was a
        // good part of what a render allocated.
        var result = new ScriptObject(element.GetPropertyCount(), StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var name = Name(property);
            try
            {
                result.SetValue(name, ToScript(property.Value, duplicates), readOnly: false);
            }
            catch (InvalidDataTextException ex)
            {
                throw ex.Under(JsonPathSegment.Property(name));
            }
        }

        if (duplicates is not null && result.Count < element.GetPropertyCount())
        {
            duplicates.Found = true;
        }

        return result;
    }

    private static object? ToScript(JsonElement element, DuplicateKeyFlag? duplicates) => element.ValueKind switch
    {
        JsonValueKind.Object => ToObject(element, duplicates),
        JsonValueKind.Array => ToArray(element, duplicates),
        JsonValueKind.String => Text(element),
        JsonValueKind.Number => ToNumber(element),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static ScriptArray ToArray(JsonElement element, DuplicateKeyFlag? duplicates)
    {
        var result = new ScriptArray(element.GetArrayLength());
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            try
            {
                result.Add(ToScript(item, duplicates));
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

        // Decimal keeps 0.1 as 0.1 when printed. A number beyond its range would become a double printed as "∞" or in
        // exponent form, which is not what the data said: it is refused at its path instead.
        if (!element.TryGetDecimal(out var exact))
        {
            throw InvalidDataTextException.ForNumber(element.GetRawText());
        }

        // A number too small for a decimal (1e-400) reads as zero with 28 decimal places; it is printed as the zero it is.
        return exact == 0m && element.GetRawText().AsSpan().IndexOfAny('e', 'E') >= 0 ? 0L : exact;
    }
}
