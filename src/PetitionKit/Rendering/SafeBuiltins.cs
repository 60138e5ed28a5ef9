using Scriban;
using Scriban.Runtime;

namespace PetitionKit.Rendering;

/// <summary>Scriban's built-in functions less those that break determinism or safety (engine notes §7): the clock,
/// randomness, evaluation of strings as templates, and includes.</summary>
internal static class SafeBuiltins
{
    private static readonly (string Object, string Member)[] Removed =
    [
        ("date", "now"), ("math", "random"), ("math", "uuid"), ("object", "eval"), ("object", "eval_template"),
    ];

    private static readonly string[] RemovedGlobals = ["include", "include_join"];

    /// <summary>Creates a fresh built-in object for one render, so no template can change another render's built-ins.</summary>
    public static ScriptObject Create()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
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

        return builtins;
    }
}
