namespace PetitionKit.Model;

/// <summary>The agency's posted processing time for this form, category and office, as checked on a given day.
/// JSON and templates: <c>processing_time</c>.</summary>
public sealed record ProcessingTime
{
    /// <summary>Gets the posted time in months, such as 10.5; null when the agency posted it in other words.
    /// JSON and templates: <c>processing_time.posted_months</c>.</summary>
    public decimal? PostedMonths { get; init; }

    /// <summary>Gets the share of cases the agency says it completes within <see cref="PostedMonths"/>, as a percent
    /// such as 80. JSON and templates: <c>processing_time.percentile</c>.</summary>
    public int? Percentile { get; init; }

    /// <summary>Gets the posted time in the agency's words, such as "80% of cases are completed within 10.5 months";
    /// the templates plead <see cref="PostedMonths"/> and <see cref="Percentile"/> and quote this only when there are no
    /// months.
    /// JSON and templates: <c>processing_time.posted_text</c>.</summary>
    public string? PostedText { get; init; }

    /// <summary>Gets the day the page was checked. JSON and templates: <c>processing_time.checked_on</c>.</summary>
    public required DateOnly CheckedOn { get; init; }

    /// <summary>Gets the label of the exhibit holding the printout. JSON and templates: <c>processing_time.exhibit_label</c>.</summary>
    public string? ExhibitLabel { get; init; }
}
