using PetitionKit.Word.Rendering;
using Scriban;
using Scriban.Runtime;

namespace PetitionKit.Word.Functions;

/// <summary>Scriban's built-in functions less those that break determinism or safety (docs/engine.md#rendering): the
/// clock, randomness, evaluation of strings as templates, and includes; and with dates read in UTC, never in the host's
/// time zone (<see cref="TemplateDates"/>).</summary>
internal static class SafeBuiltins
{
    private static readonly (string Object, string Member)[] Removed =
    [
        ("math", "random"), ("math", "uuid"), ("object", "eval"), ("object", "eval_template"),
    ];

    private static readonly string[] RemovedGlobals = ["include", "include_join"];

    private static readonly Lazy<ScriptObject> Shared = new(() => Freeze(Build()));

    /// <summary>Gets the built-ins every render shares: built once, and frozen so no template can change another
    /// render's built-ins (an assignment such as <c>date.format = …</c> fails as a tag error instead).</summary>
    public static ScriptObject Instance => Shared.Value;

    /// <summary>Makes an object and every object it holds read-only.</summary>
    public static ScriptObject Freeze(ScriptObject scriptObject)
    {
        foreach (var child in scriptObject.Values.OfType<ScriptObject>())
        {
            Freeze(child);
        }

        scriptObject.IsReadOnly = true;
        return scriptObject;
    }

    private static ScriptObject Build()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        builtins.SetValue("date", new TemplateDates(), readOnly: true);
        foreach (var name in RemovedGlobals)
        {
            builtins.Remove(name);
        }

        foreach (var (objectName, member) in Removed)
        {
            if (builtins[objectName] is ScriptObject functions)
            {
                functions.Remove(member);
            }
        }

        OutputLimits.Guard(builtins);
        return builtins;
    }
}
