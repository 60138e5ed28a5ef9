namespace PetitionKit.Catalogs;

/// <summary>A time limit a statute or regulation sets for the agency, counted from a trigger event (docs/legal-rules.md#statutory-clocks).</summary>
/// <remarks>Immutable. Exactly one of <see cref="Days"/> and <see cref="WorkingDays"/> is set.</remarks>
public sealed record StatutoryClock
{
    /// <summary>Gets the stable id, such as <c>naturalization-120-days</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets what the clock requires, in plain words.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the length in calendar days, or <see langword="null"/> when counted in working days.</summary>
    public int? Days { get; init; }

    /// <summary>Gets the length in working days (excepting Saturdays, Sundays and legal public holidays), or
    /// <see langword="null"/> when counted in calendar days.</summary>
    public int? WorkingDays { get; init; }

    /// <summary>Gets the event the clock counts from.</summary>
    public required ClockTrigger Trigger { get; init; }

    /// <summary>Gets the id of the <see cref="Authority"/> that sets the clock; its verification status applies.</summary>
    public required string AuthorityId { get; init; }

    /// <summary>Gets whether the clock only expresses an expectation (a "sense of Congress") and creates no deadline: use it
    /// as TRAC factor 2 content, never as a missed deadline.</summary>
    public bool IsHortatory { get; init; }

    /// <summary>Gets the step the period gives time for: a decision, or the interview.</summary>
    public required ClockStep Step { get; init; }

    /// <summary>Gets the rule as one sentence fit for a pleading, without a final period, with every qualifier the law
    /// states (such as "in the absence of exceptional circumstances"); worded from the authority's verified text. Its
    /// citation follows through <c>cite</c>, which flags an authority that is not verified.</summary>
    public required string Pleading { get; init; }

    /// <summary>Gets what the attorney must confirm before relying on the clock (its conditions, a waiver, a doubtful
    /// citation), or <see langword="null"/>.</summary>
    public string? Caveat { get; init; }

    /// <summary>Gets the I-765 eligibility categories the clock applies to, such as <c>(c)(8)</c>; empty when it applies to
    /// every petition of the case type. Every data entry states it, as it states <see cref="Step"/>: the catalog reader
    /// sets absent members to their default, not to an initializer's value.</summary>
    public required IReadOnlyList<string> EadCategories { get; init; }
}
