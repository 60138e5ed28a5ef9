using System.Xml.Linq;
using PetitionKit.Word.Compiling;
using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Lexing;
using PetitionKit.Word.WordXml;

namespace PetitionKit.Word.BlockScope;

/// <summary>Infers what each block controls from where its tags sit (docs/engine.md#block-scope-inference) and moves the
/// tags there: alone in their paragraphs, whole paragraphs; in different cells of one row, the row; inside one
/// paragraph, runs.</summary>
internal static class BlockScopeInference
{
    public static void Apply(IReadOnlyList<Block> blocks, PartContext context)
    {
        var control = ControlParagraphs(context.Tags);
        var rowBlocks = new List<(Block Block, XElement Row)>();
        foreach (var block in blocks.Where(b => b.End is not null))
        {
            var tags = block.Tags.ToList();
            if (TryParagraphScope(tags, control))
            {
                tags.ForEach(t => t.Scope = TagScope.Paragraph);
            }
            else if (TryRowScope(tags, out var row))
            {
                if (block.Middles.Count > 0)
                {
                    context.Error(DiagnosticCodes.StraddlingBlock, block.Middles[0],
                        $"‘{block.Middles[0].Keyword}’ cannot divide a block that repeats or removes a whole table row. Put the ‘{block.Open.Keyword}’ … ‘else’ … ‘end’ around the table instead, or use separate rows.");
                    continue;
                }

                tags.ForEach(t => t.Scope = TagScope.Row);
                rowBlocks.Add((block, row));
            }
            else if (tags.All(t => t.Paragraph == block.Open.Paragraph))
            {
                CheckInlineSiblings(block, tags, context);
            }
            else
            {
                ReportStraddle(block, control, context);
            }
        }

        foreach (var (block, row) in rowBlocks)
        {
            MoveAroundRow(block, row);
        }

        // Silent statements alone in their paragraph take the paragraph with them, like block tags do.
        foreach (var tag in context.Tags.Where(t => t.Kind == TagKind.Silent && t.Paragraph is not null && control.Contains(t.Paragraph)))
        {
            tag.Scope = TagScope.Paragraph;
        }

        ReplaceControlParagraphs(context.Tags);
    }

    private static HashSet<XElement> ControlParagraphs(IEnumerable<TagSite> tags)
    {
        var result = new HashSet<XElement>();
        foreach (var group in tags.Where(t => t.Paragraph is not null).GroupBy(t => t.Paragraph!))
        {
            if (group.Any(t => t.Kind == TagKind.Value))
            {
                continue;
            }

            var text = string.Concat(ParagraphLexer.OwnTextNodes(group.Key).Select(n => n.Value));
            var rest = TagMarkers.Any().Replace(text, string.Empty);
            if (string.IsNullOrWhiteSpace(rest))
            {
                result.Add(group.Key);
            }
        }

        return result;
    }

    private static bool TryParagraphScope(List<TagSite> tags, HashSet<XElement> control)
    {
        if (!tags.All(t => t.Paragraph is not null && control.Contains(t.Paragraph)))
        {
            return false;
        }

        var parent = tags[0].Paragraph!.Parent;
        return tags.All(t => t.Paragraph!.Parent == parent);
    }

    private static bool TryRowScope(List<TagSite> tags, out XElement row)
    {
        row = null!;
        var cells = tags.Select(t => t.Paragraph?.Ancestors(W.Tc).FirstOrDefault()).ToList();
        if (cells.Any(c => c is null) || cells.Distinct().Count() < 2)
        {
            return false;
        }

        var rows = cells.Select(c => c!.Parent).Distinct().ToList();
        if (rows.Count != 1 || rows[0] is null)
        {
            return false;
        }

        row = rows[0]!;
        return true;
    }

    private static void CheckInlineSiblings(Block block, List<TagSite> tags, PartContext context)
    {
        // The XML between two inline tags is repeated or dropped whole, so their runs must share one parent to keep it balanced.
        var containers = tags.Select(t => t.TextElement?.Parent?.Parent).Distinct().ToList();
        if (containers.Count > 1)
        {
            var end = block.End!;
            context.Error(DiagnosticCodes.StraddlingBlock, block.Open,
                $"The ‘{block.Open.Keyword}’ and its ‘end’ (¶{end.Location.Paragraph}, column {end.Location.Column}) sit at different levels of the paragraph: one inside a hyperlink, field or content control and the other outside. Move both inside it or both outside it.");
        }
    }

    private static void ReportStraddle(Block block, HashSet<XElement> control, PartContext context)
    {
        var end = block.End!;
        var openCell = block.Open.Paragraph?.Ancestors(W.Tc).FirstOrDefault();
        var endCell = end.Paragraph?.Ancestors(W.Tc).FirstOrDefault();
        var ends = $"The ‘{block.Open.Keyword}’ at ¶{block.Open.Location.Paragraph} ‘{block.Open.Excerpt}’ and its ‘end’ at ¶{end.Location.Paragraph} ‘{end.Excerpt}’";
        string why;
        if ((openCell is null) != (endCell is null))
        {
            why = $"{ends} straddle a table edge: one is inside a table and the other outside. Put both outside the table to control it whole, or both in the cells of one row to repeat that row.";
        }
        else if (openCell is not null && endCell is not null && openCell.Parent != endCell.Parent)
        {
            why = $"{ends} sit in different table rows. To repeat or remove a row, put the ‘{block.Open.Keyword}’ in its first cell and the ‘end’ in its last cell.";
        }
        else if (!control.Contains(block.Open.Paragraph!) || !control.Contains(end.Paragraph!))
        {
            why = $"{ends} are in different paragraphs, but at least one shares its paragraph with text. Put each alone in its own paragraph to control whole paragraphs, or put both in one paragraph to control text within it.";
        }
        else
        {
            why = $"{ends} are in different containers (body, table cell, text box or content control). Put both in the same one.";
        }

        context.Error(DiagnosticCodes.StraddlingBlock, block.Open, why);
    }

    private static void MoveAroundRow(Block block, XElement row)
    {
        foreach (var tag in block.Tags)
        {
            RemoveInlineMarker(tag);
        }

        // Outer blocks are processed first, so inner openers land nearer the row and inner ends nearer it too.
        row.AddBeforeSelf(Instruction(block.Open));
        row.AddAfterSelf(Instruction(block.End!));
    }

    private static void RemoveInlineMarker(TagSite tag)
    {
        var node = tag.TextElement!;
        node.Value = node.Value.Replace(TagMarkers.Inline(tag.Id), string.Empty, StringComparison.Ordinal);
        var paragraph = tag.Paragraph!;
        var cell = paragraph.Parent;
        var left = string.Concat(ParagraphLexer.OwnTextNodes(paragraph).Select(n => n.Value));
        if (left.Trim().Length == 0 && cell is not null && cell.Elements(W.P).Count() > 1 && !paragraph.Descendants().Any(IsContent))
        {
            paragraph.Remove();
        }
    }

    private static bool IsContent(XElement element) =>
        element.Name.LocalName is "drawing" or "pict" or "object" or "sectPr" or "fldChar" or "fldSimple";

    private static void ReplaceControlParagraphs(List<TagSite> tags)
    {
        foreach (var group in tags.Where(t => t.Scope == TagScope.Paragraph).GroupBy(t => t.Paragraph!))
        {
            var paragraph = group.Key;
            var ordered = group.OrderBy(t => t.Location.Column).ToList();
            if (paragraph.Element(W.PPr)?.Element(W.SectPr) is not null || paragraph.Descendants().Any(IsContent))
            {
                // The paragraph carries a section break or content of its own: keep it, emptied of tag text.
                foreach (var tag in ordered)
                {
                    RemoveMarkerOnly(tag);
                }

                paragraph.AddBeforeSelf(ordered.Select(Instruction));
                continue;
            }

            paragraph.ReplaceWith(ordered.Select(Instruction));
        }
    }

    private static void RemoveMarkerOnly(TagSite tag)
    {
        var node = tag.TextElement!;
        node.Value = node.Value.Replace(TagMarkers.Inline(tag.Id), string.Empty, StringComparison.Ordinal);
    }

    private static XProcessingInstruction Instruction(TagSite tag) =>
        new(TagMarkers.ProcessingInstructionTarget, tag.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
