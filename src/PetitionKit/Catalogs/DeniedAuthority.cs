namespace PetitionKit.Catalogs;

/// <summary>A citation that must never appear in a template or draft, with why and what the real authority is.</summary>
/// <remarks>Immutable. Matching ignores case, punctuation and spacing; see <see cref="AuthorityCatalog.FindDenied"/>.</remarks>
public sealed record DeniedAuthority
{
    /// <summary>Gets the text that marks the denied citation, such as <c>Alvarez v. ICE</c>.</summary>
    public required string Pattern { get; init; }

    /// <summary>Gets why it must never be cited, in plain words.</summary>
    public required string Reason { get; init; }

    /// <summary>Gets what the citation really is or what to cite instead, such as the adverse <em>Bivens</em> decision.</summary>
    public required string RealCitation { get; init; }

    /// <summary>Gets where the finding comes from.</summary>
    public required string Source { get; init; }
}
