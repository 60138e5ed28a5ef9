using PetitionKit.Word.Compiling;
using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Lexing;
using Scriban.Syntax;

namespace PetitionKit.Word.Checking;

/// <summary>Checks every path a compiled template reads — in values, <c>if</c>, <c>for</c>, expressions and function
/// arguments — against the shape of the data it will get, before any data exists. Scriban reads a missing member as
/// nothing, so <c>{{ if relief.attorney_fees }}</c> on a misspelt path is silently false in every draft; here it is an
/// error at its tag with the nearest known path. Locals the template assigns, loop variables (typed by their list's
/// items), <c>for.*</c>, <c>draft.*</c>, <c>text.*</c>, <c>review_item</c> and Scriban's own functions are known.</summary>
internal sealed class TemplatePathCheck
{
    private static readonly DataShape LoopObject = DataShape.Object("for",
        new[] { "index", "index0", "rindex", "rindex0", "first", "last", "even", "odd", "changed", "length" }
            .Select(n => KeyValuePair.Create(n, DataShape.Value("for." + n))));

    // Words Scriban reads as values though they parse as names.
    private static readonly HashSet<string> ValueWords = new(["empty", "blank", "this"], StringComparer.Ordinal);

    private readonly DataShape? _model;
    private readonly DataModel? _modelWords;
    private readonly IReadOnlyDictionary<string, DataShape> _globals;
    private readonly HashSet<string> _locals = new(StringComparer.Ordinal);
    private readonly List<(string Name, DataShape Shape)> _loopVariables = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TagSite>> _reads = new(StringComparer.Ordinal);
    private CompiledPart _part = null!;
    private int _openScopes;

    private TemplatePathCheck(DataModel? model, IReadOnlyDictionary<string, DataShape> globals)
    {
        _model = model?.Root;
        _modelWords = model;
        _globals = globals;
    }

    /// <summary>Checks a template's parts. With a model, every path must exist in it; without one (any data may come),
    /// only calls to functions are checked, since those do not depend on the data.</summary>
    /// <param name="parts">The compiled parts.</param>
    /// <param name="model">The data's shape and name, or null when the data is unknown.</param>
    /// <param name="globals">What every render sees beside the data: the draft globals and Scriban's functions.</param>
    /// <returns>The errors, in part and document order, and where each model path is first read.</returns>
    public static TemplatePathReport Check(IReadOnlyList<CompiledPart> parts, DataModel? model, IReadOnlyDictionary<string, DataShape> globals)
    {
        var check = new TemplatePathCheck(model, globals);

        // A variable a template assigns anywhere is known everywhere: parts share one render's globals.
        foreach (var part in parts)
        {
            if (part.Program.Page is { } page)
            {
                CollectLocals(page, check._locals);
            }
        }

        foreach (var part in parts)
        {
            check._part = part;
            check.Visit(part.Program.Page);
        }

        return new TemplatePathReport(
            check._diagnostics, check._reads.ToDictionary(r => r.Key, r => (IReadOnlyList<TagSite>)r.Value.AsReadOnly(), StringComparer.Ordinal));
    }

    private static void CollectLocals(ScriptNode node, HashSet<string> locals)
    {
        switch (node)
        {
            case ScriptAssignExpression { Target: ScriptVariable variable }:
                locals.Add(variable.Name);
                break;
            case ScriptCaptureStatement { Target: ScriptVariable captured }:
                locals.Add(captured.Name);
                break;
            case ScriptFunction { NameOrDoToken: ScriptVariable function }:
                locals.Add(function.Name);
                break;
            default:
                break;
        }

        foreach (var child in node.Children)
        {
            if (child is not null)
            {
                CollectLocals(child, locals);
            }
        }
    }

    private DataShape Visit(ScriptNode? node)
    {
        switch (node)
        {
            case null:
                return DataShape.Any;
            case ScriptVariableGlobal global:
                return Name(global);
            case ScriptVariable:
                return DataShape.Any;
            case ScriptMemberExpression member:
                return Member(member.Target, member.Member?.Name ?? string.Empty, member, call: false);
            case ScriptIndexerExpression indexer:
                return Indexer(indexer);
            case ScriptFunctionCall call:
                var target = call.Target is ScriptMemberExpression m ? Member(m.Target, m.Member?.Name ?? string.Empty, m, call: true) : Visit(call.Target);
                VisitAll(call.Arguments);
                return target.Kind == ShapeKind.Function ? DataShape.Any : target;
            case ScriptAssignExpression assign:
                Visit(assign.Value);
                if (assign.Target is not ScriptVariable)
                {
                    Visit(assign.Target);
                }

                return DataShape.Any;
            case ScriptForStatement loop:
                For(loop);
                return DataShape.Any;
            case ScriptWhileStatement whileLoop:
                Visit(whileLoop.Condition);
                InScope([("while", LoopObject)], whileLoop.Body);
                return DataShape.Any;
            case ScriptFunction function:
                var parameters = function.Parameters?.OfType<ScriptParameter>().Where(p => p.Name is not null).Select(p => (p.Name!.Name, DataShape.Any)).ToList() ?? [];
                InScope(parameters, function.Body);
                return DataShape.Any;
            case ScriptWithStatement with:
                Visit(with.Name);

                // Inside `with`, bare names are members of an object this check does not follow.
                _openScopes++;
                Visit(with.Body);
                _openScopes--;
                return DataShape.Any;
            case ScriptObjectMember objectMember:
                return Visit(objectMember.Value);
            case ScriptNamedArgument named:
                return Visit(named.Value);
            case ScriptCaptureStatement capture:
                return Visit(capture.Body);
            default:
                VisitAll(node.Children);
                return DataShape.Any;
        }
    }

    private void VisitAll(IEnumerable<ScriptNode?>? nodes)
    {
        foreach (var child in nodes ?? [])
        {
            Visit(child);
        }
    }

    private void For(ScriptForStatement loop)
    {
        var items = Visit(loop.Iterator);
        VisitAll(loop.NamedArguments);
        var item = items.Kind == ShapeKind.List ? items.Element! : DataShape.Any;
        var scope = new List<(string, DataShape)> { ("for", LoopObject), ("tablerow", LoopObject) };
        if (loop.Variable is ScriptVariable variable)
        {
            scope.Add((variable.Name, item));
        }

        InScope(scope, loop.Body);
        Visit(loop.Else);
    }

    private void InScope(IReadOnlyList<(string Name, DataShape Shape)> variables, ScriptNode? body)
    {
        _loopVariables.AddRange(variables);
        Visit(body);
        _loopVariables.RemoveRange(_loopVariables.Count - variables.Count, variables.Count);
    }

    private DataShape Name(ScriptVariableGlobal variable)
    {
        for (var i = _loopVariables.Count - 1; i >= 0; i--)
        {
            if (string.Equals(_loopVariables[i].Name, variable.Name, StringComparison.Ordinal))
            {
                return _loopVariables[i].Shape;
            }
        }

        if (_locals.Contains(variable.Name) || ValueWords.Contains(variable.Name))
        {
            return DataShape.Any;
        }

        if (_model?.Member(variable.Name) is { } data)
        {
            Read(variable, data);
            return data;
        }

        if (_globals.TryGetValue(variable.Name, out var global))
        {
            return global;
        }

        if (_model is not null && _openScopes == 0)
        {
            var known = _model.MemberNames.Concat(_globals.Keys).Concat(_locals).Concat(_loopVariables.Select(v => v.Name)).Distinct(StringComparer.Ordinal).ToList();
            var nearest = NearestName.Find(variable.Name, known);
            Report(DiagnosticCodes.UnknownPath, variable, variable.Name,
                $"‘{variable.Name}’ is not in {_modelWords!.Name}, nor a variable the template assigns or a loop variable.{(nearest is null ? string.Empty : $" Did you mean ‘{nearest}’?")} The paths a template can read are listed in {_modelWords.PathListing}.");
        }

        return DataShape.Any;
    }

    /// <summary>A member read by name: <c>a.name</c>, or <c>a["name"]</c> (how a keyword member such as <c>a.do</c> is read).</summary>
    private DataShape Member(ScriptExpression? targetExpression, string name, ScriptNode member, bool call)
    {
        var target = Visit(targetExpression);
        if (target.Member(name) is { } found)
        {
            if (!target.IsLibrary)
            {
                Read(member, found);
            }

            return found;
        }

        var written = Written(targetExpression) + "." + name;
        var nearest = NearestName.Find(name, target.MemberNames);
        var suggestion = nearest is null ? string.Empty : $" Did you mean ‘{Written(targetExpression)}.{nearest}’?";
        if (target.IsLibrary && (call || _model is not null))
        {
            Report(DiagnosticCodes.UnknownFunction, member, written,
                $"‘{written}’ is not a function.{suggestion} The functions are listed in templates/variables.md and Scriban's documentation.");
        }
        else if (_model is not null && _openScopes == 0)
        {
            var has = target.Kind switch
            {
                ShapeKind.Object => $" ‘{target.Path}’ has: {string.Join(", ", target.MemberNames)}.",
                ShapeKind.List => $" ‘{target.Path}’ is a list: read its items in a loop or as ‘{Written(targetExpression)}[0].…’, and its length as ‘.size’.",
                _ => $" ‘{target.Path}’ is a single value, with no members.",
            };
            Report(DiagnosticCodes.UnknownPath, member, written, $"‘{written}’ is not in {_modelWords!.Name}.{suggestion}{has}");
        }

        return DataShape.Any;
    }

    private DataShape Indexer(ScriptIndexerExpression indexer)
    {
        if (indexer.Index is ScriptLiteral { Value: string key } && IsName(key))
        {
            return Member(indexer.Target, key, indexer, call: false);
        }

        var target = Visit(indexer.Target);
        Visit(indexer.Index);
        return target.Kind switch
        {
            ShapeKind.List => target.Element!,
            ShapeKind.Object when indexer.Index is ScriptLiteral { Value: string other } => target.Member(other) ?? DataShape.Any,
            _ => DataShape.Any,
        };
    }

    /// <summary>The path as the template wrote it, for messages: <c>p.residence</c>, <c>petitioners[].name</c>.</summary>
    private static string Written(ScriptExpression? expression) => expression switch
    {
        ScriptVariable variable => variable.Name,
        ScriptMemberExpression member => Written(member.Target) + "." + member.Member?.Name,
        ScriptIndexerExpression { Index: ScriptLiteral { Value: string key } } named when IsName(key) => Written(named.Target) + "." + key,
        ScriptIndexerExpression indexer => Written(indexer.Target) + "[]",
        _ => "(…)",
    };

    /// <summary>Keeps each value tag that reads a path of the data, in order (parts come body first), so the checklist can
    /// say where in the draft a petition field is printed. A condition or loop that only tests a field prints nothing of
    /// it, so it is no place to send a reader to.</summary>
    private void Read(ScriptNode node, DataShape shape)
    {
        if (shape.Path.Length == 0 || _part.TagAt(node.Span.Start.Offset) is not { Kind: TagKind.Value } tag)
        {
            return;
        }

        if (!_reads.TryGetValue(shape.Path, out var tags))
        {
            _reads.Add(shape.Path, tags = []);
        }

        // One tag reads a path more than once ("{{ x ?? x }}"); it is one place.
        if (tags.Count == 0 || !ReferenceEquals(tags[^1], tag))
        {
            tags.Add(tag);
        }
    }

    private static bool IsName(string key) =>
        key.Length > 0 && (char.IsAsciiLetter(key[0]) || key[0] == '_') && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private void Report(string code, ScriptNode node, string path, string message)
    {
        var tag = _part.TagAt(node.Span.Start.Offset);
        if (tag is null || !_reported.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{_part.EntryName}|{tag.Id}|{path}")))
        {
            return;
        }

        _diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Error, tag.Location, message, tag.Text, tag.Excerpt));
    }
}
