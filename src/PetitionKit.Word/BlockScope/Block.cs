using PetitionKit.Word.Lexing;

namespace PetitionKit.Word.BlockScope;

/// <summary>A block's tags in order: its opener, any <c>else</c>/<c>when</c>, and its <c>end</c>.</summary>
internal sealed class Block(TagSite open)
{
    public TagSite Open { get; } = open;

    public List<TagSite> Middles { get; } = [];

    public TagSite? End { get; set; }

    public IEnumerable<TagSite> Tags => [Open, .. Middles, .. End is null ? Array.Empty<TagSite>() : [End]];
}
