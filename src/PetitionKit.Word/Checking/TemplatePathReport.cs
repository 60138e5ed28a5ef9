using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Lexing;

namespace PetitionKit.Word.Checking;

/// <summary>What checking a template's paths found: the errors, and the value tags that read each path of the data
/// (<c>harms[].description</c>, <c>visa.priority_date</c>), by which the checklist places a petition field in the draft.</summary>
/// <param name="Diagnostics">The errors, in part and document order.</param>
/// <param name="Reads">Every value tag reading each data path, in the order the template holds them (parts body first),
/// keyed by the path with list items as <c>[]</c>. A render prints some of them: one inside a condition that is false
/// prints nothing, so the place a field is printed is the first of these that printed.</param>
internal sealed record TemplatePathReport(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyDictionary<string, IReadOnlyList<TagSite>> Reads);
