using System.Globalization;
using PetitionKit.Model;

namespace PetitionKit.Validation;

/// <summary>FOIA suits plead no mandamus count (legal brief §2.14); relief that asks for an outcome is <see cref="OutcomeRules"/>.</summary>
internal static class ClaimAndReliefRules
{
    public static void Check(ValidationContext context)
    {
        var petition = context.Petition;
        if (petition.CaseType == CaseType.FoiaRecords)
        {
            for (var i = 0; i < petition.Claims.Count; i++)
            {
                if (petition.Claims[i] == Claim.Mandamus)
                {
                    context.Error(
                        ValidationCodes.FoiaWithMandamus,
                        string.Create(CultureInfo.InvariantCulture, $"claims[{i}]"),
                        "A FOIA suit cannot plead mandamus: FOIA gives its own remedy against the agency "
                        + "(5 U.S.C. § 552(a)(4)(B)), so mandamus is not available. Remove the mandamus count.");
                }
            }
        }
    }
}
