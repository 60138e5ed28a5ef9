namespace PetitionKit.Validation;

/// <summary>One string a person typed into a petition, where a template can print it.</summary>
/// <param name="Path">The field's JSON path, which is also its template path, such as <c>harms[0].description</c>.</param>
/// <param name="Text">What was typed.</param>
internal readonly record struct FreeTextField(string Path, string Text);
