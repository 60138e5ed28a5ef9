using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Scriban.Runtime;

namespace PetitionKit.Petitions;

/// <summary>Turns records into template objects directly, through the source-generated JSON metadata that names them in
/// the schema and the variable reference: the same snake_case names, the same values JSON would carry (enums as
/// snake_case words, dates as <c>yyyy-MM-dd</c>, whole numbers as <see cref="long"/>, other numbers as the
/// <see cref="decimal"/> they hold), and a null left out where the metadata leaves it out, but no JSON text between.</summary>
internal static class ScriptRecords
{
    /// <summary>Converts a record, replacing the named top-level members with values the caller made (the petitioners as
    /// privacy leaves them, which are then never converted at all); each keeps its place among the members.</summary>
    public static ScriptObject ToObject<T>(T value, JsonTypeInfo<T> info, IReadOnlyDictionary<string, object?>? replaced = null)
        where T : class =>
        Object(value, info, replaced);

    /// <summary>Converts any value the metadata describes: a record, a list, a dictionary or a single value.</summary>
    public static object? ToScript(object? value, JsonTypeInfo info) => value is null ? null : info.Kind switch
    {
        JsonTypeInfoKind.Object => Object(value, info, null),
        JsonTypeInfoKind.Enumerable => List((IEnumerable)value, info.Options.GetTypeInfo(info.ElementType!)),
        JsonTypeInfoKind.Dictionary => Dictionary((IDictionary)value, info.Options.GetTypeInfo(info.ElementType!)),
        _ => Value(value),
    };

    private static ScriptObject Object(object value, JsonTypeInfo info, IReadOnlyDictionary<string, object?>? replaced)
    {
        var properties = info.Properties;
        var leavesOutNull = info.Options.DefaultIgnoreCondition == JsonIgnoreCondition.WhenWritingNull;
        var result = new ScriptObject(properties.Count, StringComparer.Ordinal);
        foreach (var property in properties)
        {
            if (replaced is not null && replaced.TryGetValue(property.Name, out var given))
            {
                result.SetValue(property.Name, given, readOnly: false);
                continue;
            }

            if (property.Get is not { } get)
            {
                continue;
            }

            var member = get(value);
            if ((member is null && leavesOutNull) || (property.ShouldSerialize is { } should && !should(value, member)))
            {
                continue;
            }

            result.SetValue(property.Name, ToScript(member, info.Options.GetTypeInfo(property.PropertyType)), readOnly: false);
        }

        return result;
    }

    private static ScriptArray List(IEnumerable items, JsonTypeInfo element)
    {
        var result = items is ICollection { Count: var count } ? new ScriptArray(count) : new ScriptArray();
        foreach (var item in items)
        {
            result.Add(ToScript(item, element));
        }

        return result;
    }

    // A dictionary's keys are data (circuit numbers), written as JSON writes them, in invariant digits.
    private static ScriptObject Dictionary(IDictionary entries, JsonTypeInfo value)
    {
        var result = new ScriptObject(entries.Count, StringComparer.Ordinal);
        foreach (DictionaryEntry entry in entries)
        {
            result.SetValue(Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!, ToScript(entry.Value, value), readOnly: false);
        }

        return result;
    }

    private static object Value(object value) => value switch
    {
        string or bool or long => value,
        int number => (long)number,

        // JSON writes 12m as 12 and 12.0m as 12.0, and a template read the first as a whole number and the second as a
        // decimal that prints "12.0": the scale decides, as the text did.
        decimal number => number.Scale == 0 && number is >= long.MinValue and <= long.MaxValue ? (object)(long)number : number,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum member when Enum.IsDefined(member.GetType(), member) => JsonNamingPolicy.SnakeCaseLower.ConvertName(member.ToString()),

        // A value no member names, which the string converters write as its number.
        Enum member => Convert.ToInt64(member, CultureInfo.InvariantCulture),
        _ => throw new NotSupportedException($"{value.GetType().Name} has no template form; say in {nameof(ScriptRecords)} how templates see it."),
    };
}
