using PetitionKit.Model;

namespace PetitionKit.Validation;

/// <summary>Every string in a petition that a template can print, with its JSON path: facts, harms, timeline
/// descriptions and outcomes, the duty description, exhibit titles, relief requests, names and addresses, and any
/// string field the model gains later. Read from the same JSON metadata the petition file is read with, so a new
/// field is covered without being listed here.</summary>
/// <remarks>Left out are the fields the rules check in their own way: a petitioner's name, pseudonym, SSN and A-number
/// (masked by the petitioner view itself), the legal sources (catalog ids), and identifiers that are not prose (receipt
/// number, court id, bar number, exhibit labels). Dates, numbers, booleans and enum words are not strings in the
/// model and are never read.</remarks>
internal static class FreeTextFields
{
    // Paths with their indexes removed ("harms[].description").
    private static readonly HashSet<string> Structured = new(StringComparer.Ordinal)
    {
        "petitioners[].name",
        "petitioners[].pseudonym",
        "petitioners[].ssn",
        "petitioners[].a_number",
        "petitioners[].residence_district",
        "duty.legal_sources[]",
        "application.receipt_number",
        "court.court_id",
        "signer.bar_number",
        "exhibits[].label",
    };

    public static IReadOnlyList<FreeTextField> Of(Petition petition) =>
        [.. PetitionLeaves.Of(petition)
            .Where(leaf => leaf.Value is string text && !string.IsNullOrWhiteSpace(text) && !Structured.Contains(leaf.Shape))
            .Select(leaf => new FreeTextField(leaf.Path, (string)leaf.Value))];
}
