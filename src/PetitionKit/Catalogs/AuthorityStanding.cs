namespace PetitionKit.Catalogs;

/// <summary>How far an authority has been checked (the [V], [S] and [M] tags, docs/legal-rules.md#authorities-and-citations).</summary>
internal enum AuthorityStanding
{
    /// <summary>Verified in a public source.</summary>
    Verified = 1,

    /// <summary>Seen only in a secondary source: a hint for the attorney, never pleading text.</summary>
    SecondaryOnly,

    /// <summary>Not verified.</summary>
    Unverified,
}
