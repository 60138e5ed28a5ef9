namespace PetitionKit.Word.Drafting;

/// <summary>A <c>w:headerReference</c> or <c>w:footerReference</c> as found in the text.</summary>
/// <param name="Header">Whether it is a header reference.</param>
/// <param name="Type">Its <c>w:type</c>: default, first or even (default when absent).</param>
/// <param name="Id">Its relationship id, or null without one.</param>
/// <param name="Start">The offset of its <c>&lt;</c>.</param>
internal sealed record ReferenceMarkup(bool Header, string Type, string? Id, int Start)
{
    /// <summary>Gets or sets the offset just after its end.</summary>
    public int End { get; set; }

    /// <summary>Gets or sets whether the marks dropped it.</summary>
    public bool Removed { get; set; }
}
