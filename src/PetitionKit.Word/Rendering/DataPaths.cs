using System.Globalization;
using Scriban.Runtime;

namespace PetitionKit.Word.Rendering;

/// <summary>Where each object of a render's data sits in it ("petitioners[1].residence"), so a value missing inside a
/// loop is named by its place in the data, not by the template's loop variable ("p.residence.state"), which the
/// person supplying the data cannot find.</summary>
/// <remarks>Built on the first missing value and only then: a render with no gap never walks the data. The walk is
/// bounded (depth, objects and steps); an object reached twice keeps the path through more list items, else the first.</remarks>
internal sealed class DataPaths(ScriptObject data)
{
    private const int MaxDepth = 32;
    private const int MaxObjects = 100_000;

    private Dictionary<object, string>? _paths;

    /// <summary>The object's path in the data, or null when it is not in the data (a value a template made).</summary>
    public string? Of(object value)
    {
        _paths ??= Walk(data);
        return _paths.GetValueOrDefault(value);
    }

    private static Dictionary<object, string> Walk(ScriptObject root)
    {
        var paths = new Dictionary<object, string>(ReferenceEqualityComparer.Instance);
        var pending = new Queue<(object Value, string Path, int Depth)>();
        foreach (var (key, value) in root)
        {
            Enqueue(value, key, 1);
        }

        var steps = 0;
        while (pending.Count > 0 && ++steps <= 2 * MaxObjects && paths.Count < MaxObjects)
        {
            var (value, path, depth) = pending.Dequeue();
            if (paths.TryGetValue(value, out var known) && Indexes(path) <= Indexes(known))
            {
                continue;
            }

            // An object reached again through a list ("petitioners[0]") after an alias of it ("petitioner") takes the
            // list's path, which is the one the data's own file has; its members are walked again under it.
            paths[value] = path;
            if (depth >= MaxDepth)
            {
                continue;
            }

            switch (value)
            {
                case ScriptArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        Enqueue(array[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), depth + 1);
                    }

                    break;
                case ScriptObject obj:
                    foreach (var (key, member) in obj)
                    {
                        Enqueue(member, path + "." + key, depth + 1);
                    }

                    break;
            }
        }

        return paths;

        static int Indexes(string path) => path.Count(c => c == '[');

        void Enqueue(object? value, string path, int depth)
        {
            if (value is ScriptObject or ScriptArray)
            {
                pending.Enqueue((value, path, depth));
            }
        }
    }
}
