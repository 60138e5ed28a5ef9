namespace PetitionKit.Catalogs;

/// <summary>How far a catalog entry was checked, from the tags of the domain files (<c>[V]</c>, <c>[S]</c>, <c>[M]</c>).</summary>
/// <remarks>Every status, <see cref="Verified"/> included, still puts the entry on the attorney's review checklist.</remarks>
public enum VerificationStatus
{
    /// <summary><c>[V]</c>: read in a public source that is named; may be used as default text.</summary>
    Verified = 1,

    /// <summary><c>[S]</c>: seen only in a secondary summary; an attorney-facing hint, never boilerplate pleading text.</summary>
    SecondaryOnly,

    /// <summary><c>[M]</c>: general knowledge not found in any source; shown only visibly flagged for verification.</summary>
    Unverified,
}
