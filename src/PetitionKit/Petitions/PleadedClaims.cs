using PetitionKit.Catalogs;
using PetitionKit.Model;

namespace PetitionKit.Petitions;

/// <summary>The counts a draft pleads: the petition's own (<c>claims</c>) in the case type's pleading order (for asylum
/// the APA first), or the case type's counts when the petition lists none. Templates read them as <c>pleaded_claims</c>,
/// never <c>profile.claims</c>, so a count the attorney dropped is not pleaded.</summary>
internal static class PleadedClaims
{
    public static IReadOnlyList<Claim> For(Petition petition, CaseTypeProfile profile)
    {
        if (petition.Claims.Count == 0)
        {
            return profile.Claims;
        }

        // Validation refuses a count the case type does not plead; should one reach here it is kept, last, not dropped.
        return [.. profile.Claims.Where(petition.Claims.Contains), .. petition.Claims.Distinct().Where(c => !profile.Claims.Contains(c))];
    }
}
