using PetitionKit.Word;

namespace PetitionKit.Packets;

/// <summary>One document of a filing packet and the report of its render (its missing values and review checklist).</summary>
/// <param name="Document">The document.</param>
/// <param name="Report">The render report.</param>
public sealed record PacketDocumentReport(PacketDocument Document, RenderReport Report);
