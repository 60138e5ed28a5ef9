using Scriban.Syntax;

namespace PetitionKit.Rendering;

/// <summary>A tag's expression statement that carries its tag, attached once at compile time so a render does not
/// search for the tag of every value it writes.</summary>
internal sealed class TagStatement : ScriptExpressionStatement
{
    public TagSite? Tag { get; private init; }

    /// <summary>Replaces every expression statement in a parsed program with one that carries the tag holding it.</summary>
    public static void AttachAll(ScriptNode root, Func<int, TagSite?> tagAt)
    {
        var pending = new Stack<ScriptNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is ScriptBlockStatement block)
            {
                Replace(block.Statements, tagAt);
            }

            foreach (var child in node.Children)
            {
                if (child is not null)
                {
                    pending.Push(child);
                }
            }
        }
    }

    private static void Replace(ScriptList<ScriptStatement> statements, Func<int, TagSite?> tagAt)
    {
        for (var i = 0; i < statements.Count; i++)
        {
            if (statements[i].GetType() != typeof(ScriptExpressionStatement))
            {
                continue;
            }

            var statement = (ScriptExpressionStatement)statements[i];
            var expression = statement.Expression;
            statement.Expression = null;
            var tagged = new TagStatement { Span = statement.Span, Tag = tagAt(statement.Span.Start.Offset) };
            tagged.Expression = expression;
            statements.RemoveAt(i);
            statements.Insert(i, tagged);
        }
    }
}
