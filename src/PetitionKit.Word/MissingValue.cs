using PetitionKit.Word.Templates;

namespace PetitionKit.Word;

/// <summary>A tag that had no value in the data, drafted as a visible placeholder (or an error in strict mode).</summary>
/// <param name="Name">The tag's expression, such as <c>petitioner.a_number</c>.</param>
/// <param name="Location">Where the tag sits in the template.</param>
/// <param name="Section">The heading the tag sits under, or empty.</param>
/// <param name="Excerpt">The nearby text, with the tag as written.</param>
public sealed record MissingValue(string Name, TemplateLocation Location, string Section, string Excerpt);
