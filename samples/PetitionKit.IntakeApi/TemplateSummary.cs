namespace PetitionKit.IntakeApi;

/// <summary>A built-in template and the case types it drafts, as GET /templates lists it.</summary>
/// <param name="Id">The template id, such as <c>uscis-delay</c>.</param>
/// <param name="CaseTypes">The case types it drafts, as the petition JSON spells them.</param>
public sealed record TemplateSummary(string Id, IReadOnlyList<string> CaseTypes);
