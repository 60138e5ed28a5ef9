namespace PetitionKit.Model;

/// <summary>The duty the agency owes the petitioner and the authorities that create it. JSON and templates: <c>duty</c>.</summary>
public sealed record DutyOwed
{
    private readonly IReadOnlyList<string>? _legalSources;

    /// <summary>Gets the ids of the authorities that create the duty, from PetitionKit's authority catalog; never free-text
    /// citations, so that no citation enters a draft without its verification status.
    /// JSON and templates: <c>duty.legal_sources</c>.</summary>
    public IReadOnlyList<string> LegalSources { get => _legalSources ?? []; init => _legalSources = value; }

    /// <summary>Gets the duty in plain words, such as "to adjudicate the Form I-130 within a reasonable time".
    /// JSON and templates: <c>duty.description</c>.</summary>
    public string? Description { get; init; }
}
