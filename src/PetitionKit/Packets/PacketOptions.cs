using PetitionKit.Model;
using PetitionKit.Templates;
using PetitionKit.Word;

namespace PetitionKit.Packets;

/// <summary>How a filing packet is drafted.</summary>
/// <remarks>Immutable.</remarks>
public sealed record PacketOptions
{
    /// <summary>Gets the default options: the built-in complaint template for the case type, no verifications.</summary>
    public static PacketOptions Default { get; } = new();

    /// <summary>Gets the render options every document of the packet is drafted with (one as-of date for all).</summary>
    public RenderOptions Render { get; init; } = RenderOptions.Default;

    /// <summary>Gets how petitioners' identifiers reach every document (Fed. R. Civ. P. 5.2), as for
    /// <see cref="PetitionDrafter.DraftAsync"/>: <see cref="RedactionOptions.Default"/> unless changed.</summary>
    public RedactionOptions Redaction { get; init; } = RedactionOptions.Default;

    /// <summary>Gets the complaint template, or <see langword="null"/> for the built-in template of the case type.</summary>
    public PetitionTemplate? ComplaintTemplate { get; init; }

    /// <summary>Gets a value indicating whether to draft a 28 U.S.C. § 1746 verification for each adult plaintiff who is a
    /// person (a pleading need not be verified, Fed. R. Civ. P. 11(a); some attorneys choose to).</summary>
    public bool Verifications { get; init; }
}
