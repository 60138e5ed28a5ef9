
namespace PetitionKit.Catalogs;

/// <summary>A statutory or regulatory time limit, such as the 180 days of 8 U.S.C. § 1158(d)(5)(A)(iii).</summary>
/// <param name="Name">The limit in words, for the summary.</param>
/// <param name="AuthorityId">The catalog id of the authority that sets it.</param>
/// <param name="Days">The length of the period in calendar days, or null when it is counted in working days.</param>
/// <param name="StartsAtInterview">Whether the period runs from the interview rather than from filing.</param>
/// <param name="IsHortatory">Whether it only states an expectation (a "sense of Congress") rather than a deadline.</param>
internal sealed record CatalogClock(string Name, string AuthorityId, int? Days, bool StartsAtInterview, bool IsHortatory = false)
{
    /// <summary>The catalog id of the clock.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The event the period runs from; <see cref="StartsAtInterview"/> says the same for the interview.</summary>
    public ClockTrigger Trigger { get; init; } = StartsAtInterview ? ClockTrigger.Interview : ClockTrigger.Filing;

    /// <summary>The step the period gives time for.</summary>
    public ClockStep Step { get; init; } = ClockStep.Decision;

    /// <summary>The rule as a pleading sentence, qualifiers included.</summary>
    public string Pleading { get; init; } = string.Empty;

    /// <summary>What the attorney must confirm, or null.</summary>
    public string? Caveat { get; init; }

    /// <summary>The I-765 categories the clock applies to; empty for every petition of the case type.</summary>
    public IReadOnlyList<string> EadCategories { get; init; } = [];
}
