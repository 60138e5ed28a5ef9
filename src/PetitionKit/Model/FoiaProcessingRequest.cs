namespace PetitionKit.Model;

/// <summary>A request about how a FOIA request is processed (a fee waiver, or expedited processing) and what the agency
/// did with it. JSON and templates: <c>foia.fee_waiver</c>, <c>foia.expedited_processing</c>.</summary>
public sealed record FoiaProcessingRequest
{
    /// <summary>Gets the day it was asked for. JSON and templates: <c>requested_on</c>.</summary>
    public required DateOnly RequestedOn { get; init; }

    /// <summary>Gets what the agency did with it. JSON and templates: <c>decision</c>.</summary>
    public FoiaProcessingDecision Decision { get; init; }

    /// <summary>Gets the day the agency decided it, if it has. JSON and templates: <c>decided_on</c>.</summary>
    public DateOnly? DecidedOn { get; init; }

    /// <summary>Gets the label of the exhibit that shows the decision or, while undecided, the request, such as <c>D</c>.
    /// The built-in FOIA template cites it after the denial, or after the request while it is undecided.
    /// JSON and templates: <c>exhibit_label</c>.</summary>
    public string? ExhibitLabel { get; init; }
}
