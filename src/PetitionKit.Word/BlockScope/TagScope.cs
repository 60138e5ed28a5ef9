
namespace PetitionKit.Word.BlockScope;

/// <summary>What a block tag controls, inferred from where it sits (docs/engine.md#block-scope-inference).</summary>
internal enum TagScope
{
    /// <summary>Runs within one paragraph.</summary>
    Inline,

    /// <summary>Whole paragraphs and tables: the tag is alone in its paragraph, which disappears.</summary>
    Paragraph,

    /// <summary>A table row: the block's ends sit in different cells of one row.</summary>
    Row,
}
