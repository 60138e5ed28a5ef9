using PetitionKit.Word.Lexing;
using PetitionKit.Word.Rendering;
using Scriban.Syntax;

namespace PetitionKit.Word.Compiling;

/// <summary>A tag's expression statement that carries its tag, attached once at compile time so a render does not
/// search for the tag of every value it writes.</summary>
internal sealed class TagStatement : ScriptExpressionStatement
{
    public TagSite? Tag { get; init; }

    /// <summary>Gets or sets where the tag sits: in a <c>w:t</c>'s content, where its value is text, and whether in a
    /// paragraph of the draft marks, whose text is not the draft's.</summary>
    public TextState TextState { get; set; }
}
