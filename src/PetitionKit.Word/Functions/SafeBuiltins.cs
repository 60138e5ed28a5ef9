using System.Diagnostics.CodeAnalysis;
using PetitionKit.Word.Rendering;
using Scriban;
using Scriban.Functions;
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

    // Scriban's built-in objects list their functions by reflection over their own public static methods, and a trimmer
    // keeps only the methods Scriban names in code (those with a pre-built call wrapper): string.slice, for one, would be
    // trimmed away and a template calling it refused. These keep every public method of every built-in object the
    // templates see. "Public methods" takes in those the objects inherit from ScriptObject, such as the reflection-based
    // ScriptObject.From, whose trim warning the suppression answers: they are kept, never called, since a template reaches
    // only the functions Scriban lists from the declared static methods, and nothing here calls From.
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(ArrayFunctions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(DateTimeFunctions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(HtmlFunctions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(MathFunctions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(ObjectFunctions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(RegexFunctions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(StringFunctions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(TimeSpanFunctions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(TemplateDates))]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Inherited ScriptObject methods such as From are kept by the dependencies above, not called.")]
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
