using PetitionKit.Model;

namespace PetitionKit.Catalogs;

/// <summary>A defendant a case type usually names, by title and in its official capacity (docs/legal-rules.md#defendants-and-officials).</summary>
/// <remarks>Immutable. Bracketed parts of <see cref="Title"/>, such as <c>[City]</c>, are for the user to fill in.</remarks>
public sealed record OfficialTemplate
{
    /// <summary>Gets the defendant's role.</summary>
    public required OfficialRole Role { get; init; }

    /// <summary>Gets the title as pleaded, such as <c>Director, U.S. Citizenship and Immigration Services</c>.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the agency the official belongs to.</summary>
    public required string Agency { get; init; }

    /// <summary>Gets when to name this defendant, in plain words.</summary>
    public required string When { get; init; }

    /// <summary>Gets whether the defendant is named only by deliberate choice rather than by default.</summary>
    public bool IsOptional { get; init; }

    /// <summary>Gets whether <see cref="Title"/> still holds a bracketed part for the user to fill in.</summary>
    public bool HasPlaceholder => Title.Contains('[', StringComparison.Ordinal);
}
