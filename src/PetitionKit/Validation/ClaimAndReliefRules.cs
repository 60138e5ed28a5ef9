using System.Globalization;
using System.Text.RegularExpressions;
using PetitionKit.Model;

namespace PetitionKit.Validation;

/// <summary>FOIA suits plead no mandamus count; relief asks for a decision, not an outcome (legal brief §2.14; README rule 4).</summary>
internal static partial class ClaimAndReliefRules
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

        CheckCountsFitCaseType(context);

        // § 1447(b) is the one exception: the court itself may determine the matter (grant naturalization) or remand it.
        if (petition.CaseType == CaseType.N400PostInterview1447b)
        {
            return;
        }

        var requests = petition.Relief.Requests;
        for (var i = 0; i < requests.Count; i++)
        {
            var match = OutcomeWords().Match(requests[i]);
            if (match.Success)
            {
                context.Error(
                    ValidationCodes.ReliefAsksForOutcome,
                    string.Create(CultureInfo.InvariantCulture, $"relief.requests[{i}]"),
                    $"This request asks for an outcome (\"{match.Value.Trim()}\"). A court can order the agency to decide "
                    + "(adjudicate) the application, not to approve it or issue a benefit; ask it to adjudicate instead.");
            }
        }
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

        var allowed = string.Join(", ", profile.Claims.Select(c => Petitions.Words.Of(c)));
        for (var i = 0; i < petition.Claims.Count; i++)
        {
            var claim = petition.Claims[i];
            if (profile.Claims.Contains(claim) || (petition.CaseType == CaseType.FoiaRecords && claim == Claim.Mandamus))
            {
                continue;
            }

            context.Error(
                ValidationCodes.ClaimNotForCaseType,
                string.Create(CultureInfo.InvariantCulture, $"claims[{i}]"),
                $"The {profile.DisplayName} case type does not plead a ‘{Petitions.Words.Of(claim)}’ count; the drafts plead only "
                + $"the petition's counts, and this case type's are: {allowed}. Remove it, or list only counts from that set.");
        }
    }

    // Heuristic, for the attorney to confirm: approve/approval always; grant unless it is the usual "grant such other
    // and further relief"; issue/issuance only when it names a benefit, because "issue a decision" asks for a decision.
    [GeneratedRegex(
        @"\bapprov\w*|\bgrant(?:s|ed|ing)?\b(?!\s+(?:such|any|all|other|further|plaintiffs?\s+(?:such|any|all|other|further|costs|fees|attorney)))|\bissu(?:e|es|ed|ing|ance)\b(?=(?:\s+\S+){0,4}?\s+(?:visas?|green\s+cards?|cards?|certificates?|documents?|permits?|passports?|employment\s+authorization|approvals?|status)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex OutcomeWords();
}
