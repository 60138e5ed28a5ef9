using PetitionKit.Word.Compiling;
using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Lexing;

namespace PetitionKit.Word.BlockScope;

/// <summary>Pairs each block's opener with its <c>else</c> and <c>end</c> tags, reporting every unbalanced tag.</summary>
internal static class BlockPairing
{
    public static List<Block> Pair(IReadOnlyList<TagSite> tags, PartContext context)
    {
        var blocks = new List<Block>();
        var open = new Stack<Block>();
        foreach (var tag in tags)
        {
            switch (tag.Kind)
            {
                case TagKind.Open:
                    var block = new Block(tag);
                    blocks.Add(block);
                    open.Push(block);
                    break;
                case TagKind.Middle when open.Count == 0:
                    context.Error(DiagnosticCodes.ElseOutsideIf, tag,
                        $"‘{tag.Keyword}’ is not inside any block. Put it between an ‘if’ (or ‘case’) and its ‘end’, or remove it.");
                    break;
                case TagKind.Middle:
                    open.Peek().Middles.Add(tag);
                    break;
                case TagKind.End when open.Count == 0:
                    context.Error(DiagnosticCodes.UnbalancedEnd, tag,
                        "This ‘end’ closes nothing: there is no open ‘for’ or ‘if’ before it in this part. Remove it, or add the block it should close.");
                    break;
                case TagKind.End:
                    open.Pop().End = tag;
                    break;
                default:
                    break;
            }
        }

        foreach (var unclosed in open)
        {
            context.Error(DiagnosticCodes.MissingEnd, unclosed.Open,
                $"‘{{{{ end }}}}’ is missing for the ‘{unclosed.Open.Keyword}’ that starts at ¶{unclosed.Open.Location.Paragraph} ‘{unclosed.Open.Excerpt}’. Add ‘{{{{ end }}}}’ where the block should stop (blocks cannot cross from one part, such as a header, into another).");
        }

        return blocks;
    }
}
