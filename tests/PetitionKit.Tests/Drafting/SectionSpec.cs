namespace PetitionKit.Tests.Drafting;

/// <summary>One section of a test template: its body and the headers and footers it references itself (a null
/// one is not referenced, so it is inherited from the previous section, as Word's "Link to Previous").</summary>
public sealed record SectionSpec(string BodyXml)
{
    public string? DefaultHeader { get; init; }
    public string? FirstHeader { get; init; }
    public string? EvenHeader { get; init; }
    public string? DefaultFooter { get; init; }
    public string? FirstFooter { get; init; }
    public bool TitlePage { get; init; }
    public bool Landscape { get; init; }

    /// <summary>A section whose header and footer are the given part of an earlier section (by section index).</summary>
    public int? ShareHeaderWith { get; init; }
}
