using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PetitionKit.IntakePage.Intake;

/// <summary>The petition being filled in, kept as the petition's own JSON so that an unfinished petition can be carried
/// from page to page in the form, saved and uploaded again: the server keeps nothing between requests.</summary>
public sealed partial class PetitionState
{
    /// <summary>The largest petition accepted back from a form or an upload; a petition is a few kilobytes.</summary>
    public const int MaxJsonChars = 256 * 1024;

    /// <summary>The most items a list may hold (petitioners, events, harms…); each is a group of fields on a page.</summary>
    public const int MaxItems = 100;

    /// <summary>The lists a page can add items to.</summary>
    public static readonly IReadOnlyList<string> Lists = ["petitioners", "timeline", "harms", "exhibits", "officials", "relief.requests"];

    /// <summary>The objects that mean something even while empty: an organization just chosen, whose fields are still
    /// blank, is still an organization (and the validator asks for its address).</summary>
    private static readonly IReadOnlyList<string> KeptEmpty = ["organization"];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private readonly JsonObject _root;

    private PetitionState(JsonObject root) => _root = root;

    /// <summary>Gets an empty petition.</summary>
    public static PetitionState Empty => new([]);

    /// <summary>Reads the petition carried in a form or uploaded; anything that is not a JSON object of sensible size
    /// gives <see langword="null"/>, so the caller can say the file is not a petition.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The state, or <see langword="null"/>.</returns>
    public static PetitionState? TryParse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json) || json.Length > MaxJsonChars)
        {
            return null;
        }

        try
        {
            // A form can be sent by anything, not only this page: a list longer than any petition's would make every
            // page as long, so the petition is refused rather than drawn.
            return JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 32 }) is JsonObject root && !TooLong(root)
                ? new PetitionState(root)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Gets the value at a path such as <c>petitioners[0].name</c> as text, or <see langword="null"/>.</summary>
    /// <param name="path">The JSON path, in the validator's notation.</param>
    /// <returns>The text: a string as is, a number or <c>true</c>/<c>false</c> in JSON notation.</returns>
    public string? Text(string path) => Find(path) switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value => value.ToJsonString(),
        _ => null,
    };

    /// <summary>Gets the strings of a JSON array at a path, such as <c>claims</c>.</summary>
    /// <param name="path">The JSON path.</param>
    /// <returns>The strings, empty when there are none.</returns>
    public IReadOnlyList<string> Strings(string path) => Find(path) is JsonArray array
        ? [.. array.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : v.ToJsonString())]
        : [];

    /// <summary>Gets how many items the array at a path holds.</summary>
    /// <param name="path">The JSON path, such as <c>petitioners</c>.</param>
    /// <returns>The count, 0 when there is no array.</returns>
    public int Count(string path) => Find(path) is JsonArray array ? array.Count : 0;

    /// <summary>Gets whether an object is at a path, such as <c>petitioners[0].organization</c>.</summary>
    /// <param name="path">The JSON path.</param>
    /// <returns><see langword="true"/> when an object is there, even an empty one.</returns>
    public bool Has(string path) => Find(path) is JsonObject;

    /// <summary>Takes the node at a path out of the petition, for moving it elsewhere.</summary>
    /// <param name="path">The JSON path of an object member.</param>
    /// <returns>The node, or <see langword="null"/> when nothing was there.</returns>
    public JsonNode? Take(string path)
    {
        var node = Find(path);
        if (node is null)
        {
            return null;
        }

        var copy = node.DeepClone();
        Set(path, null);
        return copy;
    }

    /// <summary>Drops the blanks a list of text holds once a person emptied one of its fields, such as a prayer item.</summary>
    /// <param name="path">The list's path.</param>
    public void Compact(string path)
    {
        if (Find(path) is JsonArray array)
        {
            for (var i = array.Count - 1; i >= 0; i--)
            {
                if (array[i] is null)
                {
                    array.RemoveAt(i);
                }
            }
        }
    }

    /// <summary>Sets the value at a path, creating the objects and array items on the way; <see langword="null"/>
    /// removes it.</summary>
    /// <param name="path">The JSON path.</param>
    /// <param name="value">The value.</param>
    public void Set(string path, JsonNode? value)
    {
        var segments = Segments(path);
        JsonNode node = _root;
        for (var i = 0; i < segments.Count - 1; i++)
        {
            var next = segments[i + 1];
            var child = Child(node, segments[i]);
            if (child is null)
            {
                if (value is null)
                {
                    return;
                }

                child = next is int ? new JsonArray() : new JsonObject();
                Put(node, segments[i], child);
            }

            node = child;
        }

        if (value is null)
        {
            if (node is JsonObject obj && segments[^1] is string name)
            {
                obj.Remove(name);
            }
            else if (node is JsonArray arr && segments[^1] is int index && index < arr.Count)
            {
                arr[index] = null;
            }

            return;
        }

        Put(node, segments[^1], value);
    }

    /// <summary>Appends an item to one of the <see cref="Lists"/>, while it holds fewer than <see cref="MaxItems"/>.</summary>
    /// <param name="path">The list's name.</param>
    /// <param name="item">The new item.</param>
    public void Add(string path, JsonNode item)
    {
        if (!Lists.Contains(path, StringComparer.Ordinal) || Count(path) >= MaxItems)
        {
            return;
        }

        if (Find(path) is JsonArray array)
        {
            array.Add(item);
        }
        else
        {
            Set(path, new JsonArray(item));
        }
    }

    /// <summary>Removes the item at a path such as <c>petitioners[1]</c>.</summary>
    /// <param name="path">The JSON path of the item.</param>
    public void Remove(string path)
    {
        var at = path.LastIndexOf('[');
        if (at > 0 && Find(path[..at]) is JsonArray array
            && int.TryParse(path[(at + 1)..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Count)
        {
            array.RemoveAt(index);
        }
    }

    /// <summary>Writes the petition as JSON, leaving out the empty objects and arrays the form left behind.</summary>
    /// <returns>The indented JSON.</returns>
    public string ToJson()
    {
        var copy = (JsonObject)_root.DeepClone();
        Prune(copy);
        return copy.ToJsonString(Indented);
    }

    /// <summary>Gets a copy to add placeholders to.</summary>
    /// <returns>The copy.</returns>
    public PetitionState Clone() => new((JsonObject)_root.DeepClone());

    /// <summary>Splits a path such as <c>petitioners[0].residence.lines[0]</c> into names and indexes.</summary>
    /// <param name="path">The path.</param>
    /// <returns>Each name as a string and each index as an int.</returns>
    public static IReadOnlyList<object> Segments(string path) =>
        [.. SegmentPattern().Matches(path).Select(m => m.Groups["index"].Success
            ? int.Parse(m.Groups["index"].Value, NumberStyles.None, CultureInfo.InvariantCulture)
            : (object)m.Groups["name"].Value)];

    private static bool TooLong(JsonNode? node) => node switch
    {
        JsonArray array => array.Count > MaxItems || array.Any(TooLong),
        JsonObject obj => obj.Any(p => TooLong(p.Value)),
        _ => false,
    };

    private JsonNode? Find(string path)
    {
        JsonNode? node = _root;
        foreach (var segment in Segments(path))
        {
            if (node is null)
            {
                return null;
            }

            node = Child(node, segment);
        }

        return node;
    }

    private static JsonNode? Child(JsonNode node, object segment) => (node, segment) switch
    {
        (JsonObject obj, string name) => obj[name],
        (JsonArray arr, int index) when index < arr.Count => arr[index],
        _ => null,
    };

    private static void Put(JsonNode node, object segment, JsonNode value)
    {
        switch (node, segment)
        {
            case (JsonObject obj, string name):
                obj[name] = value;
                break;
            case (JsonArray arr, int index):
                while (arr.Count <= index)
                {
                    arr.Add(null);
                }

                arr[index] = value;
                break;
            default:
                throw new InvalidOperationException("The path does not fit the petition's shape.");
        }
    }

    // An emptied field leaves {} or [] behind; the petition reader would read those as present but blank.
    private static bool Prune(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (Prune(obj[name]) && !(KeptEmpty.Contains(name, StringComparer.Ordinal) && obj[name] is JsonObject))
                    {
                        obj.Remove(name);
                    }
                }

                return obj.Count == 0;
            case JsonArray arr:
                // Items of a list keep their places (a harm points at a petitioner by index), and an item just added
                // stays until it is sent back, even empty (a new prayer item is an empty string until then); only a
                // list of nothing but emptied fields goes.
                foreach (var item in arr)
                {
                    Prune(item);
                }

                return arr.All(item => item is null);
            default:
                return node is null;
        }
    }

    [GeneratedRegex(@"(?<name>[a-z_0-9]+)|\[(?<index>[0-9]{1,4})\]", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SegmentPattern();
}
