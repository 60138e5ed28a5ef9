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

    /// <summary>Gets the day the complaint was (or will be) filed, from which the 90 days for service run; when null the
    /// deadlines page says "90 days after filing" and gives no date.</summary>
    public DateOnly? FiledOn { get; init; }

    /// <summary>Gets the day the U.S. Attorney was served (in FOIA, the day of service), from which the answer time runs;
    /// when null no answer date is given.</summary>
    public DateOnly? ServedOn { get; init; }

    /// <summary>Gets a value indicating whether to draft a 28 U.S.C. § 1746 verification for each adult plaintiff who is a
    /// person (a pleading need not be verified, Fed. R. Civ. P. 11(a); some attorneys choose to).</summary>
    public bool Verifications { get; init; }
}
