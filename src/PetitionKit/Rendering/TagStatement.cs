using Scriban.Syntax;

namespace PetitionKit.Rendering;

/// <summary>A tag's expression statement that carries its tag, attached once at compile time so a render does not
/// search for the tag of every value it writes.</summary>
internal sealed class TagStatement : ScriptExpressionStatement
{
    public TagSite? Tag { get; init; }

    /// <summary>Gets or sets a value indicating whether the tag sits in a <c>w:t</c>'s content, where its value is text.</summary>
    public bool InsideText { get; set; }
}
