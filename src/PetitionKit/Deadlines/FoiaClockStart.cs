namespace PetitionKit.Deadlines;

/// <summary>Which fact the FOIA determination period counts from: the statute starts the 20 days when the right component
/// receives the request, and no later than ten days after any designated component receives it (5 U.S.C.
/// § 552(a)(6)(A)(i), as authorities.md § 2 reads it). Templates: <c>analysis.foia.start_basis</c>, the member name in snake_case.</summary>
public enum FoiaClockStart
{
    /// <summary>The day the component responsible for the records received the request (<c>foia.component_received_on</c>).</summary>
    ComponentReceipt = 1,

    /// <summary>Ten working days after a component designated to receive requests first received it
    /// (<c>foia.designated_component_received_on</c>), because the period starts no later than that; the statute says
    /// "ten days", and counting working days gives the later, conservative date.</summary>
    DesignatedComponentReceipt,

    /// <summary>Neither receipt date is known, so the count runs from the request date the petition records
    /// (<c>application.filing_date</c>); the attorney confirms when the right component received it.</summary>
    RequestDate,
}
