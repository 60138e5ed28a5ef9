namespace PetitionKit.Word.Drafting;

/// <summary>What stands before the checklist's title when the checklist is a draft's last section; it depends on the
/// template alone, so a compiled template makes it once and each render adds the title in its caller's words.</summary>
/// <param name="CarrierXml">The empty paragraph that closes the body's last section with a copy of its properties.</param>
/// <param name="BreakBefore">Whether the title must break the page itself (the last section is continuous).</param>
internal readonly record struct ChecklistLead(string CarrierXml, bool BreakBefore);
