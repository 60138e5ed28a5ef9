using System.Text.RegularExpressions;
using PetitionKit.Model;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>The relief and the duty description ask the court to make the agency decide, never for an outcome: approve,
/// grant or issue a benefit (docs/legal-rules.md#claims-and-relief). Every relief field and the duty description are read,
/// not only the relief requests.</summary>
/// <remarks>Two kinds of case ask for outcomes properly. Under 8 U.S.C. § 1447(b) the court may itself determine the
/// matter or remand it, so nothing is checked. In a FOIA suit, granting a fee waiver or expedited processing and
/// producing records are the relief the statute gives (5 U.S.C. § 552(a)(4)), so an outcome word about those is
/// accepted there. "Decide whether to approve or deny" names both outcomes and asks for neither; "upon approving the petition, forward
/// it" makes the outcome a condition of the next step and asks for neither.</remarks>
internal static partial class OutcomeRules
{
    public static void Check(ValidationContext context)
    {
        var petition = context.Petition;
        if (petition.CaseType == CaseType.N400PostInterview1447b)
        {
            return;
        }

        foreach (var field in FreeTextFields.Of(petition))
        {
            if (!field.Path.StartsWith("relief.", StringComparison.Ordinal) && !string.Equals(field.Path, "duty.description", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match match in OutcomeWords().Matches(field.Text))
            {
                if (!IsProper(field.Text, match, petition.CaseType))
                {
                    context.Error(
                        DiagnosticCodes.ReliefAsksForOutcome,
                        field.Path,
                        $"This text asks for an outcome (\"{match.Value.Trim()}\"). A court can order the agency to decide "
                        + "(adjudicate) the application, not to approve it or issue a benefit; ask it to adjudicate instead.");
                    break;
                }
            }
        }
    }

    private static bool IsProper(string text, Match match, CaseType caseType)
    {
        var after = text[(match.Index + match.Length)..];
        var before = text[..match.Index];
        if (EitherOutcomeAfter().IsMatch(after) || EitherOutcomeBefore().IsMatch(before) || OnConditionOfTheOutcome().IsMatch(before))
        {
            return true;
        }

        return caseType == CaseType.FoiaRecords && FoiaRelief().IsMatch(after);
    }

    // Heuristic, for the attorney to confirm: approve/approval always; grant unless it is the usual "grant such other
    // and further relief"; issue/issuance only when it names a benefit, because "issue a decision" asks for a decision.
    [GeneratedRegex(
        @"\bapprov\w*|\bgrant(?:s|ed|ing)?\b(?!\s+(?:such|any|all|other|further|plaintiffs?\s+(?:such|any|all|other|further|costs|fees|attorney)))|\bissu(?:e|es|ed|ing|ance)\b(?=(?:\s+\S+){0,4}?\s+(?:visas?|green\s+cards?|cards?|certificates?|documents?|permits?|passports?|employment\s+authorization|approvals?|status)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex OutcomeWords();

    // "approve or deny", "grant or denial": the choice itself, which is the decision the court may order.
    [GeneratedRegex(@"^\s+or\s+den(?:y|ies|ial)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex EitherOutcomeAfter();

    [GeneratedRegex(@"\bden(?:y|ies|ial)\s+or\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex EitherOutcomeBefore();

    // "upon approving the petition, forward it to the NVC", "if the petition is approved": the outcome is the condition
    // of a further step, not the thing asked for. Only the subject may stand between the condition word and the verb, so
    // "if necessary, approve" is still an outcome.
    [GeneratedRegex(
        @"\b(?:upon|on|after|if|once|when|following)(?:\s+(?:the|its|this|that|it|petition|application|form|i-\d+\w*|is|are|be|being|has|been))*\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex OnConditionOfTheOutcome();

    // FOIA relief: a fee waiver, expedited processing, or the records themselves, within a few words of the verb.
    [GeneratedRegex(
        @"^(?:\W+\w+){0,6}?\W+(?:fee\s+waivers?|waivers?\s+of\s+(?:the\s+)?fees|fees?\s+waivers?|expedited\s+processing|expedite|records?|documents?|production|produce|release)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex FoiaRelief();
}
