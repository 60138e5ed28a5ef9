using System.Globalization;
using PetitionKit.Word.Functions;
using Scriban.Runtime;

namespace PetitionKit.Word.Rendering;

/// <summary>The checks that keep a template's strings and lists within the render's output limit before they are
/// built: Scriban's own guards, switched on with <c>LimitToString</c>, and ours for the built-ins whose result can
/// outgrow their input many times over.</summary>
internal static class OutputLimits
{
    // The most characters one input character can become: a URL encoding of a 3-byte UTF-8 character (%XX%XX%XX) is 9,
    // an HTML entity such as &quot; is 6, a \uXXXX escape is 6, base64 of 3 bytes is 4.
    private static readonly (string Object, string Member, int Factor)[] Expanding =
    [
        ("html", "url_encode", 9), ("html", "url_escape", 9), ("html", "escape", 6), ("string", "escape", 6),
        ("string", "literal", 8), ("string", "base64_encode", 4), ("regex", "escape", 2),
    ];

    public static string Message(string what, long size, int limit) => string.Create(CultureInfo.InvariantCulture,
        $"{what} would build {size:N0} characters, past {limit:N0}, the output limit. The template builds far more text than a pleading holds; check its arithmetic, or raise RenderLimits.MaxOutputCharacters.");

    /// <summary>Puts every expanding built-in behind its bound; the others are bounded by Scriban's own guards and the
    /// check of each value the template computes.</summary>
    public static void Guard(ScriptObject builtins)
    {
        foreach (var (objectName, member, factor) in Expanding)
        {
            Replace(builtins, objectName, member, (_, args) => GuardedFunction.TextLength(args, 0) * factor);
        }

        // A replacement can be inserted at every position of the text, an empty match included.
        Replace(builtins, "regex", "replace", (_, args) =>
            GuardedFunction.TextLength(args, 0) + ((GuardedFunction.TextLength(args, 0) + 1) * GuardedFunction.TextLength(args, 2)));

        // Inserting past the end fills the gap with empty items, one per index.
        Replace(builtins, "array", "insert_at", (_, args) =>
            Math.Max(GuardedFunction.Count(args, 0), args.Count > 1 && args[1] is int index ? index : 0));
    }

    private static void Replace(ScriptObject builtins, string objectName, string member, Func<RenderContext, ScriptArray, long?> bound)
    {
        if (builtins[objectName] is ScriptObject functions && functions[member] is IScriptCustomFunction function)
        {
            functions.SetValue(member, new GuardedFunction(objectName + "." + member, function, bound), readOnly: false);
        }
    }
}
