using PetitionKit.Model;

namespace PetitionKit.Packets;

/// <summary>One planned document: the document, the packet template that drafts it (null for the complaint), and whom
/// it is for.</summary>
internal sealed record PlannedDocument(PacketDocument Document, string? TemplateId)
{
    public Official? Defendant { get; init; }

    public int? PetitionerIndex { get; init; }
}
