using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>A denied authority (such as "Alvarez v. ICE") typed into any free-text field is an error with that field's
/// path: a harm, a fact or the duty description reaches the pleading as surely as a legal source does (docs/legal-rules.md#authorities-and-citations).
/// The legal sources themselves are ids, checked by <see cref="AuthorityRules"/>.</summary>
internal static class FreeTextAuthorityRules
{
    public static void Check(ValidationContext context)
    {
        foreach (var field in FreeTextFields.Of(context.Petition))
        {
            if (context.Catalog.FindDenied(field.Text) is { } reason)
            {
                context.Error(
                    DiagnosticCodes.AuthorityDenied,
                    field.Path,
                    $"This text cites an authority that must never be cited: {reason} Remove the citation.");
            }
        }
    }
}
