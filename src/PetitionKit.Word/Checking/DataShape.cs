using Scriban.Runtime;

namespace PetitionKit.Word.Checking;

/// <summary>What a template may read at one place in its data, known before any data exists: an object's members, a
/// list's items, a value, a function, or anything (a local variable, a dictionary). A template is checked against
/// the shape of the data it will get, so a misspelt path is an error at load instead of a silent gap in a draft.</summary>
/// <remarks>Immutable.</remarks>
internal sealed class DataShape
{
    private static readonly DataShape SizeValue = new(ShapeKind.Value, "size", null, null, isLibrary: false);

    private readonly Dictionary<string, DataShape>? _members;

    private DataShape(ShapeKind kind, string path, Dictionary<string, DataShape>? members, DataShape? element, bool isLibrary)
    {
        Kind = kind;
        Path = path;
        _members = members;
        Element = element;
        IsLibrary = isLibrary;
    }

    /// <summary>Gets a shape that allows every member and item: a template's own variable, whose shape is not tracked.</summary>
    public static DataShape Any { get; } = new(ShapeKind.Any, string.Empty, null, null, isLibrary: false);

    public ShapeKind Kind { get; }

    /// <summary>Gets where the shape sits in the model, such as <c>relief</c> or <c>petitioners[]</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the shape of a list's items, or null when this is not a list.</summary>
    public DataShape? Element { get; }

    /// <summary>Gets a value indicating whether this object holds functions (<c>text</c>, <c>string</c>…), so an unknown
    /// member is an unknown function.</summary>
    public bool IsLibrary { get; }

    /// <summary>Gets the names of an object's members, in order; empty for other shapes.</summary>
    public IEnumerable<string> MemberNames => _members is null ? [] : _members.Keys.Order(StringComparer.Ordinal);

    public static DataShape Value(string path) => new(ShapeKind.Value, path, null, null, isLibrary: false);

    public static DataShape Function(string path) => new(ShapeKind.Function, path, null, null, isLibrary: false);

    public static DataShape List(string path, DataShape element) => new(ShapeKind.List, path, null, element, isLibrary: false);

    public static DataShape Object(string path, IEnumerable<KeyValuePair<string, DataShape>> members, bool isLibrary = false) =>
        new(ShapeKind.Object, path, new Dictionary<string, DataShape>(members, StringComparer.Ordinal), null, isLibrary);

    /// <summary>The shape of a script object as it is: its objects, lists (items unknown), functions and values.</summary>
    public static DataShape FromScriptObject(string path, ScriptObject source)
    {
        var members = new Dictionary<string, DataShape>(StringComparer.Ordinal);
        foreach (var name in source.GetMembers())
        {
            var memberPath = path.Length == 0 ? name : $"{path}.{name}";
            members[name] = source[name] switch
            {
                ScriptObject inner => FromScriptObject(memberPath, inner),
                IScriptCustomFunction => Function(memberPath),
                ScriptArray => List(memberPath, Any),
                _ => Value(memberPath),
            };
        }

        var isLibrary = members.Count > 0 && members.Values.All(m => m.Kind == ShapeKind.Function);
        return new(ShapeKind.Object, path, members, null, isLibrary);
    }

    /// <summary>The shape of a member, or null when there is none by that name. Lists and text have a <c>size</c>.</summary>
    public DataShape? Member(string name) => Kind switch
    {
        ShapeKind.Any => Any,
        ShapeKind.Object => _members!.GetValueOrDefault(name),
        ShapeKind.List or ShapeKind.Value when string.Equals(name, "size", StringComparison.Ordinal) => SizeValue,
        _ => null,
    };

    /// <summary>This object with more members (or members replaced), for a view that adds to a model.</summary>
    public DataShape With(IEnumerable<KeyValuePair<string, DataShape>> members)
    {
        var merged = new Dictionary<string, DataShape>(_members ?? [], StringComparer.Ordinal);
        foreach (var (name, shape) in members)
        {
            merged[name] = shape;
        }

        return new(ShapeKind.Object, Path, merged, null, IsLibrary);
    }
}
