using System.Xml.Linq;
using PetitionKit.Word.BlockScope;
using PetitionKit.Word.Compiling;
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

    /// <summary>Makes the tag a lexer found: the one place where a tag's code is cut from the scanned text,
    /// classified and renamed for Scriban, so tags in paragraphs and in document properties read alike.</summary>
    /// <param name="context">The part being lexed; the tag takes the next id there (it is not added).</param>
    /// <param name="text">The text as the author typed it.</param>
    /// <param name="straight">The same text with Word's smart quotes made straight, offset for offset.</param>
    /// <param name="span">Where the tag sits in the text, braces included.</param>
    /// <param name="paragraphNumber">The paragraph for its location; 0 in a properties part.</param>
    /// <param name="excerpt">The text shown with an error at the tag.</param>
    /// <param name="section">The heading the tag sits under, for the review checklist.</param>
    /// <param name="textElement">The element holding the tag.</param>
    /// <param name="paragraph">The paragraph holding it, or null outside Word text.</param>
    /// <param name="isWordText">Whether a value lands in WordprocessingML text.</param>
    /// <param name="fromDraftMarks">Whether the draft marks put it there.</param>
    /// <returns>The tag, with the formatting its value takes still to be read by the caller.</returns>
    public static TagSite Create(
        PartContext context, string text, string straight, TagScanner.Span span, int paragraphNumber, string excerpt, string section,
        XElement textElement, XElement? paragraph, bool isWordText, bool fromDraftMarks)
    {
        var code = straight[(span.Start + 2)..(span.End - 2)];
        var (kind, keyword) = TagClassifier.Classify(code);
        return new TagSite
        {
            Id = context.Tags.Count,
            Text = text[span.Start..span.End],
            Code = code,
            Source = KeywordPaths.Rewrite(code),
            Kind = kind,
            Keyword = keyword,
            Location = context.Location(paragraphNumber, span.Start + 1),
            Excerpt = excerpt,
            Section = section,
            TextElement = textElement,
            Paragraph = paragraph,
            IsWordText = isWordText,
            FromDraftMarks = fromDraftMarks,
        };
    }
}
