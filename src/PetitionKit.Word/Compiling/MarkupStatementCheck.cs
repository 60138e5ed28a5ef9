using PetitionKit.Word.BlockScope;
using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Lexing;
using PetitionKit.Word.Rendering;
using Scriban.Syntax;

namespace PetitionKit.Word.Compiling;

/// <summary>Refuses, at load, the statements that would write markup where a Word document cannot hold it: Scriban's
/// <c>tablerow</c>, which writes an HTML table (<c>&lt;tr&gt;</c>, <c>&lt;td&gt;</c>), and a call of a function whose
/// body is template text from a place shaped differently from the body — above all a function whose body holds whole
/// paragraphs called inside a paragraph's text, which would put paragraphs inside a <c>w:t</c>. The render checks the
/// same again as it writes (<see cref="RenderContext.WriteLiteral"/>), for calls this check cannot see.</summary>
internal static class MarkupStatementCheck
{
    public static List<Diagnostic> Check(IReadOnlyList<CompiledPart> parts)
    {
        var diagnostics = new List<Diagnostic>();
        var functions = new Dictionary<string, TagSite>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var node in Nodes(part))
            {
                if (node is ScriptTableRowStatement && part.TagAt(node.Span.Start.Offset) is { } tag)
                {
                    diagnostics.Add(Error(tag,
                        "‘tablerow’ writes an HTML table (‘<tr>’, ‘<td>’), which a Word document cannot hold. To repeat a table row, put ‘{{ for item in list }}’ in the row's first cell and ‘{{ end }}’ in its last."));
                }
                else if (node is ScriptFunction { NameOrDoToken: ScriptVariable name, Body: { } body } && WritesText(body) && part.TagAt(node.Span.Start.Offset) is { } opener)
                {
                    functions.TryAdd(name.Name, opener);
                }
            }
        }

        foreach (var part in functions.Count == 0 ? Array.Empty<CompiledPart>() : parts)
        {
            // A member's name (`p.notice`) reads data, not the function of that name.
            var memberNames = Nodes(part).OfType<ScriptMemberExpression>().Select(m => m.Member).OfType<ScriptNode>().ToHashSet();
            foreach (var reference in Nodes(part).OfType<ScriptVariableGlobal>())
            {
                if (memberNames.Contains(reference) || !functions.TryGetValue(reference.Name, out var definition)
                    || part.TagAt(reference.Span.Start.Offset) is not { } caller || ReferenceEquals(caller, definition))
                {
                    continue;
                }

                var message = Misplaced(reference.Name, definition, caller, part.Kind);
                if (message is not null)
                {
                    diagnostics.Add(Error(caller, message));
                }
            }
        }

        // One error per tag, in part and document order, as the other template errors come.
        var order = parts.Select((p, i) => ("/" + p.EntryName, i)).ToDictionary(p => p.Item1, p => p.i, StringComparer.Ordinal);
        return diagnostics
            .DistinctBy(d => (d.Location, d.Message))
            .OrderBy(d => order.GetValueOrDefault(d.Location?.PartUri ?? string.Empty))
            .ThenBy(d => d.Location?.Paragraph ?? 0)
            .ThenBy(d => d.Location?.Column ?? 0)
            .ToList();
    }

    /// <summary>Why a call cannot write the function's body where it sits, or null when it can.</summary>
    private static string? Misplaced(string name, TagSite definition, TagSite caller, PartKind callerKind)
    {
        var where = $"‘{name}’ (defined at ¶{definition.Location.Paragraph} of the {definition.Location.PartDescription})";
        if (callerKind == PartKind.Properties)
        {
            return $"This tag calls {where}, whose body is template text written in place; a document property can hold only plain text. Compute the text with ‘ret’ in a function of one tag, or print the data directly.";
        }

        if (definition.Scope != TagScope.Inline && caller.Scope == TagScope.Inline)
        {
            return $"This tag calls {where}, whose body holds whole {(definition.Scope == TagScope.Row ? "table rows" : "paragraphs")}; written here they would sit inside this paragraph's text and break the draft. Use ‘if’ and ‘for’ blocks around the paragraphs instead, or call it from a statement alone in its own paragraph (‘{{{{ done = {name} }}}}’).";
        }

        if (definition.Scope != caller.Scope)
        {
            return $"This tag calls {where}, whose body is text within a paragraph; written here it would sit {(caller.Scope == TagScope.Row ? "between table rows" : "between paragraphs")}. Call it from a tag inside a paragraph's text.";
        }

        return null;
    }

    private static bool WritesText(ScriptNode body) => Descendants(body).Any(n => n is LiteralStatement);

    private static IEnumerable<ScriptNode> Nodes(CompiledPart part) => part.Program.Page is { } page ? Descendants(page) : [];

    private static IEnumerable<ScriptNode> Descendants(ScriptNode root)
    {
        var pending = new Stack<ScriptNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            yield return node;
            foreach (var child in node.Children)
            {
                if (child is not null)
                {
                    pending.Push(child);
                }
            }
        }
    }

    private static Diagnostic Error(TagSite tag, string message) =>
        new(DiagnosticCodes.UnsupportedTag, DiagnosticSeverity.Error, tag.Location, message, tag.Text, tag.Excerpt);
}
