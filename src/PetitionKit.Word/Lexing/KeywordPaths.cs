using System.Text;
using Scriban.Syntax;

namespace PetitionKit.Word.Lexing;

/// <summary>Lets data keys that are Scriban keywords be read as written: <c>{{ case.number }}</c>,
/// <c>{{ if case.open }}</c>, <c>{{ matter.do }}</c>. Scriban reads <c>case</c> as the start of a <c>case</c> statement
/// wherever a statement may start, so before a tag is parsed a keyword heading a path (followed by <c>.name</c> or
/// <c>["…"]</c>) is renamed to a name Scriban accepts, and after parsing the name is put back, so the program, the
/// typed lint and every message read the path the author wrote. A keyword alone (<c>{{ case }}</c>) is still the
/// statement, and a syntax error if nothing follows it.</summary>
internal static class KeywordPaths
{
    // A letter (so Scriban takes it in a name) that no one types in a tag: marks a renamed keyword until it is put back.
    private const char Mark = 'ǂ';

    // Scriban's keywords that cannot head a path, found by parsing each as one.
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "break", "capture", "case", "continue", "do", "else", "end", "for", "func", "if", "import", "in", "readonly",
        "ret", "tablerow", "when", "while", "with", "wrap",
    };

    // Words Scriban cannot take after a dot.
    private static readonly HashSet<string> Members = new(StringComparer.Ordinal) { "do", "false", "null", "this", "true" };

    /// <summary>The tag's code as Scriban is given it: keyword heads renamed, keyword members indexed by name.</summary>
    public static string Rewrite(string code)
    {
        if (!code.Any(c => c == '.' || c == '['))
        {
            return code;
        }

        var output = new StringBuilder(code.Length + 8);
        var i = 0;
        while (i < code.Length)
        {
            var c = code[i];
            if (c is '"' or '\'' or '`')
            {
                i = AppendQuoted(code, i, output);
            }
            else if (IsStart(c) && (i == 0 || (!IsPart(code[i - 1]) && code[i - 1] != '$')))
            {
                i = AppendWord(code, i, output);
            }
            else
            {
                output.Append(c);
                i++;
            }
        }

        return output.ToString();
    }

    /// <summary>Copies a quoted string as it is; returns the index past it.</summary>
    private static int AppendQuoted(string code, int start, StringBuilder output)
    {
        var quote = code[start];
        output.Append(quote);
        for (var i = start + 1; i < code.Length; i++)
        {
            output.Append(code[i]);
            if (code[i] == '\\' && quote != '`' && i + 1 < code.Length)
            {
                output.Append(code[++i]);
            }
            else if (code[i] == quote)
            {
                return i + 1;
            }
        }

        return code.Length;
    }

    /// <summary>Copies a name, renamed when it is a keyword heading a path or indexed when a keyword member; returns
    /// the index past it.</summary>
    private static int AppendWord(string code, int start, StringBuilder output)
    {
        var end = start;
        while (end < code.Length && IsPart(code[end]))
        {
            end++;
        }

        var word = code[start..end];
        var member = start > 0 && code[start - 1] == '.';
        if (member && Members.Contains(word))
        {
            output.Length--;
            output.Append("[\"").Append(word).Append("\"]");
        }
        else if (!member && Heads.Contains(word) && HeadsPath(code, end))
        {
            output.Append(Mark).Append(word);
        }
        else
        {
            output.Append(word);
        }

        return end;
    }

    /// <summary>Puts the author's names back into a parsed program: each renamed head becomes the variable it names.</summary>
    public static void Restore(ScriptNode root)
    {
        var pending = new Stack<ScriptNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            switch (node)
            {
                case ScriptMemberExpression { Target: ScriptVariableGlobal head } member when IsMarked(head):
                    member.Target = Restored(head);
                    break;
                case ScriptIndexerExpression { Target: ScriptVariableGlobal head } indexer when IsMarked(head):
                    indexer.Target = Restored(head);
                    break;
                default:
                    break;
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

    private static bool IsMarked(ScriptVariableGlobal variable) => variable.Name.Length > 1 && variable.Name[0] == Mark;

    private static ScriptVariableGlobal Restored(ScriptVariableGlobal marked) => new(marked.Name[1..]) { Span = marked.Span };

    /// <summary>Whether a member (<c>.name</c>) or a quoted index (<c>["…"]</c>) follows the word.</summary>
    private static bool HeadsPath(string code, int at)
    {
        if (at + 1 >= code.Length)
        {
            return false;
        }

        if (code[at] == '.')
        {
            return IsStart(code[at + 1]);
        }

        var next = at + 1;
        while (code[at] == '[' && next < code.Length && code[next] == ' ')
        {
            next++;
        }

        return code[at] == '[' && next < code.Length && code[next] is '"' or '\'';
    }

    private static bool IsStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
