using PetitionKit.Word.Templates;

namespace PetitionKit.Word;

/// <summary>A value the renderer had to change to write it, such as characters a Word document cannot hold.</summary>
/// <param name="Name">The tag's expression.</param>
/// <param name="Location">Where the tag sits in the template.</param>
/// <param name="Description">What was changed, in plain words.</param>
public sealed record ValueAlteration(string Name, TemplateLocation Location, string Description);
