namespace PetitionKit.Catalogs;

/// <summary>A time limit a statute or regulation sets for the agency, counted from a trigger event (legal brief §1.3).</summary>
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
}
