namespace PetitionKit.Model;

/// <summary>An exhibit attached to the petition. JSON and templates: an item of <c>exhibits</c>.</summary>
public sealed record Exhibit
{
    /// <summary>Gets the exhibit's label, such as "A". JSON and templates: <c>exhibits[i].label</c>.</summary>
    public required string Label { get; init; }

    /// <summary>Gets the exhibit's title, such as "Form I-797C receipt notice". JSON and templates: <c>exhibits[i].title</c>.</summary>
    public required string Title { get; init; }
}
