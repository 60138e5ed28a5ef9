namespace PetitionKit.Catalogs;

/// <summary>A point the attorney must check for a case type before filing.</summary>
/// <remarks>Immutable.</remarks>
public sealed record CatalogReviewItem
{
    /// <summary>Gets the stable id, such as <c>asylum-1158-d-7</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets what to check, in plain words for the attorney.</summary>
    public required string Text { get; init; }

    /// <summary>Gets how likely the issue is to defeat the claim.</summary>
    public required RiskLevel Risk { get; init; }

    /// <summary>Gets whether the item concerns only cases that wait on a numerically limited visa (family preference,
    /// employment, investor): the checklist leaves it out of an immediate relative's case.</summary>
    public bool PreferenceOnly { get; init; }

    /// <summary>Gets whether the item concerns only a beneficiary who lives abroad: the checklist leaves it out when every
    /// beneficiary among the plaintiffs resides in a federal district.</summary>
    public bool BeneficiaryAbroadOnly { get; init; }

    /// <summary>Gets the ids of the authorities behind the item, each in <see cref="AuthorityCatalog"/>.</summary>
    public IReadOnlyList<string> AuthorityIds { get; init; } = [];
}
