using Scriban.Runtime;

namespace PetitionKit.Word.Functions;

/// <summary>Adds a .NET function to a template object without Scriban's reflection-based import, so a trimmed or
/// native AOT app keeps every function a template calls (docs/engine.md#trimming-and-native-aot).</summary>
/// <remarks><c>ScriptObject.Import(name, Delegate)</c> is marked as unsafe for trimming; it builds exactly this
/// function, a read-only <see cref="DelegateCustomFunction"/> over the delegate, whose method the delegate itself keeps,
/// so templates see the same arguments, conversions and errors.</remarks>
internal static class ScriptFunctions
{
    public static void Add(ScriptObject target, string name, Delegate function) =>
        target.SetValue(name, new DelegateCustomFunction(function), readOnly: true);
}
