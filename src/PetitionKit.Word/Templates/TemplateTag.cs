
namespace PetitionKit.Word.Templates;

/// <summary>One tag of a compiled template, as listed by a lint without data.</summary>
/// <param name="Text">The tag as written, braces included.</param>
/// <param name="Kind">What the tag is: <c>value</c>, <c>statement</c>, <c>block</c>, <c>else</c> or <c>end</c>.</param>
/// <param name="Scope">What a block tag controls: <c>inline</c>, <c>paragraphs</c> or <c>row</c>.</param>
/// <param name="Location">Where the tag sits.</param>
public sealed record TemplateTag(string Text, string Kind, string Scope, TemplateLocation Location);
