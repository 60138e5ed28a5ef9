namespace PetitionKit.IntakePage.Intake;

/// <summary>One field of a step: the petition path it fills, what it is called, what it is used for and whether the
/// petition needs it.</summary>
/// <param name="Path">The petition JSON path, such as <c>petitioners[0].name</c>; the validator names the same path.</param>
/// <param name="Label">The field's label.</param>
/// <param name="Kind">How it is entered.</param>
/// <param name="Help">What it is used for.</param>
/// <param name="Required">Whether the petition cannot be read without it.</param>
public sealed record Field(string Path, string Label, FieldKind Kind, string Help, bool Required)
{
    /// <summary>Gets the choices of a <see cref="FieldKind.Choice"/> or <see cref="FieldKind.Many"/> field.</summary>
    public IReadOnlyList<Choice> Choices { get; init; } = [];

    /// <summary>Gets whether the chosen value is stored as a number (an index into another list).</summary>
    public bool NumericChoice { get; init; }

    /// <summary>Gets a note for this case only, such as "only for a minor".</summary>
    public string? Note { get; init; }

    /// <summary>Gets a path above this field whose issues show beside it, such as an address the validator asks for
    /// as a whole while the page asks for it line by line.</summary>
    public string? Above { get; init; }

    /// <summary>Gets the HTML id: the path with its brackets and dots made safe.</summary>
    public string Id => "f-" + Path.Replace('[', '-').Replace("]", string.Empty, StringComparison.Ordinal).Replace('.', '-');

    /// <summary>Gets whether a validator issue at <paramref name="issuePath"/> belongs beside this field: the same path,
    /// or a path inside it.</summary>
    /// <param name="issuePath">The issue's path.</param>
    /// <returns><see langword="true"/> when it belongs here.</returns>
    public bool Owns(string issuePath) =>
        string.Equals(issuePath, Path, StringComparison.Ordinal)
        || string.Equals(issuePath, Above, StringComparison.Ordinal)
        || (issuePath.StartsWith(Path, StringComparison.Ordinal) && issuePath.Length > Path.Length && issuePath[Path.Length] is '.' or '[');
}
