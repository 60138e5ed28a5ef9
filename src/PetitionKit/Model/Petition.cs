namespace PetitionKit.Model;

/// <summary>Everything PetitionKit needs to draft one delay petition. JSON and templates: the root object.</summary>
/// <remarks>Immutable; derive variants with a <see langword="with"/> expression. Check it with
/// <see cref="Validation.PetitionValidator.Validate(Petition, DateOnly)"/> before drafting.</remarks>
public sealed record Petition
{
    private readonly ReliefRequest? _relief;

    private readonly DutyOwed? _duty;

    private readonly IReadOnlyList<Exhibit>? _exhibits;

    private readonly IReadOnlyList<Harm>? _harms;

    private readonly IReadOnlyList<TimelineEvent>? _timeline;

    private readonly IReadOnlyList<Claim>? _claims;

    private readonly IReadOnlyList<Official>? _officials;

    /// <summary>Gets the kind of case, which picks the claims, defendants and clocks. JSON and templates: <c>case_type</c>.</summary>
    public required CaseType CaseType { get; init; }

    /// <summary>Gets the court the petition is filed in. JSON and templates: <c>court</c>.</summary>
    public required Court Court { get; init; }

    /// <summary>Gets the people bringing the case, first-listed first. JSON and templates: <c>petitioners</c>.</summary>
    public required IReadOnlyList<Petitioner> Petitioners { get; init; }

    /// <summary>Gets the agency that holds the delayed matter, by its full name, such as
    /// "U.S. Citizenship and Immigration Services". JSON and templates: <c>agency</c>.</summary>
    public required string Agency { get; init; }

    /// <summary>Gets the officials sued in their official capacity, by title. JSON and templates: <c>officials</c>.</summary>
    public IReadOnlyList<Official> Officials { get => _officials ?? []; init => _officials = value; }

    /// <summary>Gets the claims (counts) the petition pleads; validation refuses a count its case type does not plead (a
    /// FOIA case pleads no mandamus count). Drafts plead exactly these, in the case type's order, or the case type's counts
    /// when the list is empty; templates read them as <c>pleaded_claims</c>. JSON and templates: <c>claims</c>.</summary>
    public IReadOnlyList<Claim> Claims { get => _claims ?? []; init => _claims = value; }

    /// <summary>Gets the application, petition or request the agency has not decided. JSON and templates: <c>application</c>.</summary>
    public required ApplicationDetails Application { get; init; }

    /// <summary>Gets the FOIA request's own facts (tracking number, receipt by the right component, fee waiver, expedited
    /// processing); read only for a FOIA case. JSON and templates: <c>foia</c>.</summary>
    public FoiaRequest? Foia { get; init; }

    /// <summary>Gets what happened after filing, in any order. JSON and templates: <c>timeline</c>.</summary>
    public IReadOnlyList<TimelineEvent> Timeline { get => _timeline ?? []; init => _timeline = value; }

    /// <summary>Gets the agency's posted processing time, when it was checked. JSON and templates: <c>processing_time</c>.</summary>
    public ProcessingTime? ProcessingTime { get; init; }

    /// <summary>Gets whether a visa is available, as read from the Visa Bulletin; for preference and employment cases.
    /// JSON and templates: <c>visa</c>.</summary>
    public VisaAvailability? Visa { get; init; }

    /// <summary>Gets the harms the delay causes (TRAC factors 3 and 5). JSON and templates: <c>harms</c>.</summary>
    public IReadOnlyList<Harm> Harms { get => _harms ?? []; init => _harms = value; }

    /// <summary>Gets the duty the agency owes and the authorities that create it. JSON and templates: <c>duty</c>.</summary>
    public DutyOwed Duty { get => _duty ?? new(); init => _duty = value; }

    /// <summary>Gets the relief the petition asks for. JSON and templates: <c>relief</c>.</summary>
    public ReliefRequest Relief { get => _relief ?? new(); init => _relief = value; }

    /// <summary>Gets the exhibits attached to the petition, in order. JSON and templates: <c>exhibits</c>.</summary>
    public IReadOnlyList<Exhibit> Exhibits { get => _exhibits ?? []; init => _exhibits = value; }

    /// <summary>Gets who signs the pleading (Fed. R. Civ. P. 11(a)); a petition cannot be drafted for filing without one,
    /// so validation reports a missing signer. JSON and templates: <c>signer</c>.</summary>
    public Signer? Signer { get; init; }
}
