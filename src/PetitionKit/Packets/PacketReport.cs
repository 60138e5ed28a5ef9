namespace PetitionKit.Packets;

/// <summary>What drafting a filing packet wrote: each document, in order, with its render report and review checklist.</summary>
/// <param name="AsOf">The one day every document of the packet speaks as of.</param>
/// <param name="Documents">Each document written, in the order written.</param>
public sealed record PacketReport(DateOnly AsOf, IReadOnlyList<PacketDocumentReport> Documents)
{
    /// <summary>Gets the deadlines after filing, as the deadlines page states them, for a calendar.</summary>
    public IReadOnlyList<PacketDeadline> Deadlines { get; init; } = [];
}
