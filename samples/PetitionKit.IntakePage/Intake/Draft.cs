using PetitionKit.Word;

namespace PetitionKit.IntakePage.Intake;

/// <summary>A drafted complaint in memory: its bytes and its report (the review checklist as data).</summary>
/// <param name="Docx">The .docx.</param>
/// <param name="Report">The render report.</param>
/// <param name="TemplateId">The built-in template that drafted it.</param>
public sealed record Draft(byte[] Docx, RenderReport Report, string TemplateId);
