namespace PetitionKit.IntakeApi;

/// <summary>A draft with its render report, for a client that asks for JSON (<c>Accept: application/json</c>): the
/// .docx as base64 beside the warnings and the review checklist, so an intake app can show the attorney what to check
/// without opening the document.</summary>
/// <param name="FileName">The draft's file name, as the .docx answer would give it.</param>
/// <param name="ContentType">The draft's media type.</param>
/// <param name="Draft">The .docx (base64 in JSON).</param>
/// <param name="Report">What the render found.</param>
public sealed record DraftWithReport(string FileName, string ContentType, byte[] Draft, DraftReport Report);
