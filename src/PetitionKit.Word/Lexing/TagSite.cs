using System.Xml.Linq;
using PetitionKit.Word.BlockScope;
using PetitionKit.Word.Templates;

namespace PetitionKit.Word.Lexing;

/// <summary>One tag as found in a template part at compile: its text, where it sits, and the formatting its value takes.</summary>
internal sealed class TagSite
{
    public required int Id { get; init; }

    /// <summary>Gets the tag as the author typed it, braces included.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the code between the braces, with Word's smart quotes made straight.</summary>
    public required string Code { get; init; }

    /// <summary>Gets the code as Scriban is given it: <see cref="Code"/> with data keys that are keywords renamed
    /// (<see cref="KeywordPaths"/>).</summary>
    public required string Source { get; init; }

    public required TagKind Kind { get; set; }

    /// <summary>Gets the block keyword (<c>for</c>, <c>if</c>, <c>else</c>, <c>end</c>…) or empty for value tags.</summary>
    public required string Keyword { get; init; }

    public required TemplateLocation Location { get; init; }

    public required string Excerpt { get; init; }

    /// <summary>Gets the heading the tag sits under, for the review checklist.</summary>
    public required string Section { get; init; }

    /// <summary>Gets the paragraph holding the tag, or null in a properties part.</summary>
    public XElement? Paragraph { get; init; }

    /// <summary>Gets the <c>w:t</c> element the whole tag was moved into.</summary>
    public XElement? TextElement { get; init; }

    public TagScope Scope { get; set; } = TagScope.Inline;

    /// <summary>Gets a value indicating whether the draft marks put this tag there, not the template's author.</summary>
    public bool FromDraftMarks { get; init; }

    /// <summary>Gets the run properties the value takes: those of the run where the tag starts.</summary>
    public string RunPropertiesXml { get; set; } = string.Empty;

    /// <summary>Gets the paragraph properties, repeated when a value's blank line starts a new paragraph.</summary>
    public string ParagraphPropertiesXml { get; set; } = string.Empty;

    /// <summary>Gets a value indicating whether the run is a direct child of its paragraph, so the value may close and
    /// reopen the paragraph (not inside a hyperlink, field or content control).</summary>
    public bool CanSplitParagraph { get; set; }

    /// <summary>Gets the run properties of this tag's missing-value placeholder (its own, highlighted).</summary>
    public string PlaceholderRunPropertiesXml { get; set; } = string.Empty;

    /// <summary>Gets the properties of a paragraph a value's blank line starts.</summary>
    public string ContinuationParagraphPropertiesXml { get; set; } = string.Empty;

    /// <summary>Gets a value indicating whether the value lands in WordprocessingML text; false in document properties.</summary>
    public bool IsWordText { get; init; } = true;

    public override string ToString() => $"{Text} at {Location}";
}
