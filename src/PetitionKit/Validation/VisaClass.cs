using System.Text.RegularExpressions;
using PetitionKit.Model;

namespace PetitionKit.Validation;

/// <summary>Reads the visa class from the Visa Bulletin facts, else from the application's category (preference
/// categories face visa unavailability, immediate relatives do not; docs/legal-rules.md#warnings-before-a-weak-claim).</summary>
internal static partial class VisaClass
{
    public static VisaClassKind Of(Petition petition)
    {
        if (!WaitsOnVisa(petition))
        {
            return VisaClassKind.NotApplicable;
        }

        var category = petition.Visa?.Category ?? petition.Application.Category ?? string.Empty;
        if (ImmediateRelative().IsMatch(category))
        {
            return VisaClassKind.ImmediateRelative;
        }

        if (Preference().IsMatch(category) || petition.CaseType == CaseType.I526I829Eb5)
        {
            return VisaClassKind.Preference;
        }

        return VisaClassKind.Unknown;
    }

    // The case types whose decision can wait on a visa number: adjustment, the family petition, the immigrant visa
    // abroad, and the EB-5 petition (I-829 removes conditions and needs no visa number).
    private static bool WaitsOnVisa(Petition petition) => petition.CaseType switch
    {
        CaseType.I485AdjustmentOfStatus or CaseType.I130PetitionForAlienRelative or CaseType.Ds260AdministrativeProcessing => true,
        CaseType.I526I829Eb5 => !petition.Application.Form.Contains("829", StringComparison.Ordinal),
        _ => false,
    };

    [GeneratedRegex(@"\b(?:IR|CR|IH|IW)-?\d\b|\bimmediate[ -]relative", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex ImmediateRelative();

    [GeneratedRegex(@"\b(?:F[1-4][AB]?|F2[AB]|EB-?[1-5]|E[1-5]|I5|R5|C5|T5)\b|preference|employment|investor", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex Preference();
}
