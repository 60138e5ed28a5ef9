namespace PetitionKit.Model;

/// <summary>Whether an immigrant visa is available for the case, as the caller read it from the Department of State's
/// Visa Bulletin (docs/legal-rules.md#warnings-before-a-weak-claim). PetitionKit never fetches the bulletin: the caller records what it said
/// and when. JSON and templates: <c>visa</c>.</summary>
public sealed record VisaAvailability
{
    /// <summary>Gets the visa category, such as "F2A", "EB-2" or, for an immediate relative, "IR-1".
    /// JSON and templates: <c>visa.category</c>.</summary>
    public required string Category { get; init; }

    /// <summary>Gets the country of chargeability the bulletin's chart is read for, such as "Mexico" or "All Chargeability".
    /// JSON and templates: <c>visa.chargeability</c>.</summary>
    public string? Chargeability { get; init; }

    /// <summary>Gets the priority date. JSON and templates: <c>visa.priority_date</c>.</summary>
    public DateOnly? PriorityDate { get; init; }

    /// <summary>Gets the final action date the bulletin lists for the category and country; null when the chart shows the
    /// category as current or the caller did not record it. JSON and templates: <c>visa.final_action_date</c>.</summary>
    public DateOnly? FinalActionDate { get; init; }

    /// <summary>Gets whether the bulletin shows the category as current ("C") for the country.
    /// JSON and templates: <c>visa.is_current</c>.</summary>
    public bool IsCurrent { get; init; }

    /// <summary>Gets the day the caller read the bulletin. JSON and templates: <c>visa.checked_on</c>.</summary>
    public DateOnly? CheckedOn { get; init; }
}
