namespace PetitionKit.Packets;

/// <summary>One document of a filing packet: what it is and the file name it is written under.</summary>
/// <param name="Kind">The kind of document.</param>
/// <param name="FileName">The file name, such as <c>03-summons-1.docx</c>: numbered in assembly order, unique in the packet.</param>
/// <param name="Title">What the document is, in words, such as <c>Summons: Director, U.S. Citizenship and Immigration Services</c>.</param>
public sealed record PacketDocument(PacketDocumentKind Kind, string FileName, string Title);
