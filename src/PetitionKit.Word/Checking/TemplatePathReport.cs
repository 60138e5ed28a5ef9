using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Lexing;

namespace PetitionKit.Word.Checking;

/// <summary>What checking a template's paths found: the errors, and the first tag that reads each path of the data
/// (<c>harms[].description</c>, <c>visa.priority_date</c>), by which the checklist places a petition field in the draft.</summary>
/// <param name="Diagnostics">The errors, in part and document order.</param>
/// <param name="FirstReads">The first tag reading each data path, keyed by the path with list items as <c>[]</c>.</param>
internal sealed record TemplatePathReport(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyDictionary<string, TagSite> FirstReads);
