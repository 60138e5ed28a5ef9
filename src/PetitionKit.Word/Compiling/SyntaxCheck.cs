using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Lexing;
using Scriban;

namespace PetitionKit.Word.Compiling;

/// <summary>Parses each tag's code on its own first, so every syntax error is reported at its own tag rather than as
/// a line and column inside serialized XML.</summary>
internal static class SyntaxCheck
{
    public static void CheckEachTag(IEnumerable<TagSite> tags, PartContext context)
    {
        foreach (var tag in tags)
        {
            var probe = tag.Kind switch
            {
                TagKind.Open => $"{{{{{tag.Source}}}}}{{{{end}}}}",
                TagKind.Middle when string.Equals(tag.Keyword, "when", StringComparison.Ordinal) => $"{{{{case 1}}}}{{{{{tag.Source}}}}}{{{{end}}}}",
                TagKind.Middle => $"{{{{if true}}}}{{{{{tag.Source}}}}}{{{{end}}}}",
                TagKind.End => null,
                _ => $"{{{{{tag.Source}}}}}",
            };
            if (probe is null)
            {
                continue;
            }

            var parsed = Template.Parse(probe);
            if (parsed.HasErrors)
            {
                var first = parsed.Messages.First(m => m.Type == Scriban.Parsing.ParserMessageType.Error);
                context.Error(DiagnosticCodes.SyntaxError, tag, Explain(tag.Code, first.Message));
            }
        }
    }

    private static string Explain(string code, string scribanMessage)
    {
        var word = new string(code.TrimStart(' ', '-', '~').TakeWhile(c => char.IsAsciiLetterLower(c) || c == '_').ToArray());
        var rest = code.TrimStart(' ', '-', '~')[word.Length..].Trim(' ', '-', '~');
        if (TagClassifier.IsReservedWord(word) && rest.Length == 0)
        {
            return $"‘{word}’ is a reserved word in templates: alone in a tag it is the start of a statement, not data named ‘{word}’. Print a member of it (‘{word}.number’ reads data as written), or rename the data key.";
        }

        return $"The tag's code is not valid: {scribanMessage.TrimEnd('.')}. Check the spelling, quotes and operators inside the braces.";
    }

    /// <summary>Reports errors found when the whole part is parsed, mapped back to the tags that hold them.</summary>
    public static void ReportWholeProgram(Template program, Func<int, TagSite?> tagAt, PartContext context)
    {
        foreach (var message in program.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
        {
            var tag = tagAt(message.Span.Start.Offset);
            if (tag is null)
            {
                context.Error(DiagnosticCodes.SyntaxError, context.Location(0, 0), $"The template's tags do not form a valid program: {message.Message}");
            }
            else
            {
                context.Error(DiagnosticCodes.SyntaxError, tag, $"The tags around here do not form a valid program: {message.Message}");
            }
        }
    }
}
