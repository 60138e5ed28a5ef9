namespace PetitionKit.Validation;

/// <summary>One value in a petition that is not an object or a list: a string, date, number, true/false or enum word.</summary>
/// <param name="Path">The JSON path, which is also the template path, such as <c>harms[0].petitioner_index</c>.</param>
/// <param name="Shape">The path with its indexes removed, such as <c>harms[].petitioner_index</c>, to key rules by field.</param>
/// <param name="Value">The value, never null.</param>
internal readonly record struct PetitionLeaf(string Path, string Shape, object Value);
