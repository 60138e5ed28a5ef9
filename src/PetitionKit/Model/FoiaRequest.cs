namespace PetitionKit.Model;

/// <summary>What a FOIA suit needs to know about the request beyond <see cref="Petition.Application"/> (whose
/// <c>filing_date</c> is the request date and <c>category</c> the records sought). JSON and templates: <c>foia</c>.</summary>
public sealed record FoiaRequest
{
    /// <summary>Gets the agency's tracking number for the request as printed on its acknowledgment, such as
    /// <c>2026-ICFO-01234</c>; agencies number requests their own way, so it is never checked as a USCIS receipt number.
    /// JSON and templates: <c>foia.tracking_number</c>.</summary>
    public string? TrackingNumber { get; init; }

    /// <summary>Gets the day the agency component responsible for the records received the request; the 20 working days
    /// run from it (5 U.S.C. § 552(a)(6)(A)(i)). JSON and templates: <c>foia.component_received_on</c>.</summary>
    public DateOnly? ComponentReceivedOn { get; init; }

    /// <summary>Gets the day a component designated to receive requests first received it, when the request went there
    /// first and was routed on; the 20 working days start no later than ten days after it.
    /// JSON and templates: <c>foia.designated_component_received_on</c>.</summary>
    public DateOnly? DesignatedComponentReceivedOn { get; init; }

    /// <summary>Gets the request for a waiver of fees, if one was made; a denied or undecided one is pleaded as its own count.
    /// JSON and templates: <c>foia.fee_waiver</c>.</summary>
    public FoiaProcessingRequest? FeeWaiver { get; init; }

    /// <summary>Gets the request for expedited processing, if one was made; a denied or undecided one is pleaded as its own
    /// count. JSON and templates: <c>foia.expedited_processing</c>.</summary>
    public FoiaProcessingRequest? ExpeditedProcessing { get; init; }

    /// <summary>Gets a value indicating whether the prayer asks for an index of the records withheld, with the exemption
    /// claimed for each; worth asking where the agency may withhold records.
    /// JSON and templates: <c>foia.ask_for_withheld_records_index</c>.</summary>
    public bool AskForWithheldRecordsIndex { get; init; }
}
