using System.Globalization;
using PetitionKit.Model;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>FOIA suits plead no mandamus count (docs/legal-rules.md#foia-suits), and no petition pleads a count its case type does
/// not; relief that asks for an outcome is <see cref="OutcomeRules"/>.</summary>
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
                        DiagnosticCodes.FoiaWithMandamus,
                        string.Create(CultureInfo.InvariantCulture, $"claims[{i}]"),
                        "A FOIA suit cannot plead mandamus: FOIA gives its own remedy against the agency "
                        + "(5 U.S.C. § 552(a)(4)(B)), so mandamus is not available. Remove the mandamus count.");
                }
            }
        }
        CheckCountsFitCaseType(context);
        CheckDeclaratoryCountRestsOnAClaim(context);
    }

    /// <summary>28 U.S.C. § 2201(a) gives a remedy, not a cause of action or jurisdiction
    /// (docs/legal-rules.md#claims-and-relief), so a declaratory count needs a count it rests on.</summary>
    private static void CheckDeclaratoryCountRestsOnAClaim(ValidationContext context)
    {
        var claims = context.Petition.Claims;
        var index = claims.ToList().IndexOf(Claim.DeclaratoryJudgment);
        if (index < 0 || claims.Any(c => c != Claim.DeclaratoryJudgment))
        {
            return;
        }

        context.Error(
            DiagnosticCodes.DeclaratoryCountAlone,
            string.Create(CultureInfo.InvariantCulture, $"claims[{index}]"),
            "A declaratory-judgment count cannot stand alone: 28 U.S.C. § 2201(a) gives a remedy, not a cause of action "
            + "or jurisdiction. List the count it rests on (such as ‘apa’) before it, or drop it and ask for the "
            + "declaration in the prayer with relief.declaratory_judgment.");
    }

    /// <summary>The draft pleads exactly the petition's counts, so a count the case type does not plead is refused here
    /// rather than drafted (FOIA's mandamus count has its own code above; a case type with no counts has PK1100).</summary>
    private static void CheckCountsFitCaseType(ValidationContext context)
    {
        var petition = context.Petition;

        // An undefined case type has no profile; PK1101 reports it.
        var profile = Catalogs.CaseTypeCatalog.All.FirstOrDefault(p => p.CaseType == petition.CaseType);
        if (profile is null || profile.Claims.Count == 0)
        {
            return;
        }

        var allowed = string.Join(", ", profile.Claims.Select(c => Words.Of(c)));
        for (var i = 0; i < petition.Claims.Count; i++)
        {
            var claim = petition.Claims[i];
            if (profile.Claims.Contains(claim) || (petition.CaseType == CaseType.FoiaRecords && claim == Claim.Mandamus))
            {
                continue;
            }

            context.Error(
                DiagnosticCodes.ClaimNotForCaseType,
                string.Create(CultureInfo.InvariantCulture, $"claims[{i}]"),
                $"The {profile.DisplayName} case type does not plead a ‘{Words.Of(claim)}’ count; the drafts plead only "
                + $"the petition's counts, and this case type's are: {allowed}. Remove it, or list only counts from that set."
                + (claim == Claim.DeclaratoryJudgment
                    ? " For a declaration without a count of its own, set relief.declaratory_judgment: the prayer then asks the Court to declare the delay unreasonable."
                    : string.Empty));
        }
    }
}
