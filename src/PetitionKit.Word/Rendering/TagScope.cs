namespace PetitionKit.Word.Rendering;

/// <summary>What a block tag controls, inferred from where it sits (engine notes §2).</summary>
internal enum TagScope
{
    /// <summary>Runs within one paragraph.</summary>
    Inline,

    /// <summary>Whole paragraphs and tables: the tag is alone in its paragraph, which disappears.</summary>
    Paragraph,

    /// <summary>A table row: the block's ends sit in different cells of one row.</summary>
    Row,
}
