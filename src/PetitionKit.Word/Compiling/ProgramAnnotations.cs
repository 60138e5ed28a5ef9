using PetitionKit.Word.Lexing;
using PetitionKit.Word.Rendering;
using Scriban.Syntax;

namespace PetitionKit.Word.Compiling;

/// <summary>Rewrites a parsed part program once at compile time: each tag's statement carries its tag, every literal
/// piece is written by the engine (never by Scriban's writer, which escapes), and in story parts each literal piece
/// carries its text and where it starts and ends, with every tag told whether it sits in text.</summary>
internal static class ProgramAnnotations
{
    public static void Apply(ScriptPage page, Func<int, TagSite?> tagAt, bool readText)
    {
        var statements = new List<(ScriptList<ScriptStatement> List, int Index)>();
        Collect(page, statements);
        var replaced = new List<ScriptStatement>(statements.Count);
        foreach (var (list, index) in statements)
        {
            var replacement = Replace(list[index], tagAt);
            list.RemoveAt(index);
            list.Insert(index, replacement);
            replaced.Add(replacement);
        }

        if (readText)
        {
            ReadText(replaced);
        }
    }

    /// <summary>Every plain expression and raw statement, wherever it sits in the program.</summary>
    private static void Collect(ScriptNode root, List<(ScriptList<ScriptStatement>, int)> found)
    {
        var pending = new Stack<ScriptNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is ScriptBlockStatement block)
            {
                for (var i = 0; i < block.Statements.Count; i++)
                {
                    var type = block.Statements[i].GetType();
                    if (type == typeof(ScriptExpressionStatement) || type == typeof(ScriptRawStatement))
                    {
                        found.Add((block.Statements, i));
                    }
                }
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

    private static ScriptStatement Replace(ScriptStatement statement, Func<int, TagSite?> tagAt)
    {
        if (statement is ScriptRawStatement raw)
        {
            return new LiteralStatement { Span = raw.Span, Text = raw.Text, IsEscape = raw.IsEscape };
        }

        var expressionStatement = (ScriptExpressionStatement)statement;
        var expression = expressionStatement.Expression;
        expressionStatement.Expression = null;
        return new TagStatement { Span = statement.Span, Tag = tagAt(statement.Span.Start.Offset), Expression = expression };
    }

    /// <summary>Reads each literal piece's text in source order, which is the order of the XML: whether a piece starts
    /// inside a w:t is where the one before it ended, whatever loops and conditions run between them.</summary>
    private static void ReadText(List<ScriptStatement> statements)
    {
        var state = TextState.None;
        using var text = new CountingOutput(1024, int.MaxValue);
        foreach (var statement in statements.OrderBy(s => s.Span.Start.Offset))
        {
            switch (statement)
            {
                case LiteralStatement literal:
                    text.Replace(string.Empty);
                    literal.StartState = state;
                    state = TextProjection.Append(literal.Text.ToString(), state, text);
                    literal.EndState = state;
                    literal.Projection = text.ToString();
                    break;
                case TagStatement tag:
                    tag.TextState = state;
                    break;
                default:
                    break;
            }
        }
    }
}
