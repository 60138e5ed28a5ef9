using System.Collections;
using PetitionKit.Word.Rendering;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PetitionKit.Word.Functions;

/// <summary>A built-in function behind a check of what its arguments would make it build, run before it allocates
/// anything: a template is untrusted, and memory spent cannot be taken back by catching OutOfMemoryException.</summary>
/// <param name="name">The function's name, such as <c>html.url_encode</c>, for the message.</param>
/// <param name="inner">Scriban's function.</param>
/// <param name="bound">The most characters (or items) the call could build, from its arguments; null when unknown.</param>
internal sealed class GuardedFunction(string name, IScriptCustomFunction inner, Func<RenderContext, ScriptArray, long?> bound) : IScriptCustomFunction
{
    public int RequiredParameterCount => inner.RequiredParameterCount;

    public int ParameterCount => inner.ParameterCount;

    public ScriptVarParamKind VarParamKind => inner.VarParamKind;

    public Type ReturnType => inner.ReturnType;

    public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        Check(context, callerContext, arguments);
        return inner.Invoke(context, callerContext, arguments, blockStatement);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        Check(context, callerContext, arguments);
        return inner.InvokeAsync(context, callerContext, arguments, blockStatement);
    }

    /// <summary>The length of an argument as text, or 0 when it is not text.</summary>
    public static long TextLength(ScriptArray arguments, int index) =>
        index < arguments.Count && arguments[index] is string text ? text.Length : 0;

    /// <summary>The number of items an argument holds when it is a list, or 0.</summary>
    public static long Count(ScriptArray arguments, int index) =>
        index < arguments.Count && arguments[index] is ICollection list ? list.Count : 0;

    private void Check(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments)
    {
        if (context is not RenderContext render)
        {
            return;
        }

        var size = bound(render, arguments);
        var limit = render.Session.Options.Limits.MaxOutputCharacters;
        if (size > limit)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default,
                $"{name} would build {size:N0} characters",
                new RenderLimitException(Diagnostics.DiagnosticCodes.OutputLimit, OutputLimits.Message(name, size.Value, limit)));
        }
    }
}
