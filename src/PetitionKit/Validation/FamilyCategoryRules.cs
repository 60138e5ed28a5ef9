using System.Globalization;
using System.Text.RegularExpressions;
using PetitionKit.Model;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>A family category says who filed: an immediate relative (IR, CR) and the F1, F3 and F4 preferences are
/// relatives of a U.S. citizen, F2A and F2B of a permanent resident. When the filing petitioner's status says the other,
/// one of the two is wrong and the draft pleads both (docs/legal-rules.md#warnings-before-a-weak-claim).</summary>
/// <remarks>Both are free text, so this reads words and warns rather than refusing: "a citizen of India" is no U.S.
/// citizen, and a status or category that names neither is not checked. The domain files do not list the categories,
/// so the warning asks the attorney to confirm rather than stating which is right.</remarks>
internal static partial class FamilyCategoryRules
{
    public static void Check(ValidationContext context)
    {
        var petition = context.Petition;
        var category = petition.Application.Category;
        if (string.IsNullOrWhiteSpace(category))
        {
            return;
        }

        var needs = FilerCategory(category);
        if (needs == FilerStatus.Unknown)
        {
            return;
        }

        for (var i = 0; i < petition.Petitioners.Count; i++)
        {
            var filer = petition.Petitioners[i];
            if (filer.Role != PetitionerRole.FilingPetitioner || StatusOf(filer.Status) is not { } has || has == needs || has == FilerStatus.Unknown)
            {
                continue;
            }

            context.Warning(
                DiagnosticCodes.CategoryDoesNotFitFiler,
                string.Create(CultureInfo.InvariantCulture, $"petitioners[{i}].status"),
                $"The status \"{filer.Status!.Trim()}\" says the filer is {Describe(has)}, but the category \"{category.Trim()}\" "
                + $"reads as one for relatives of {Describe(needs)}. Confirm both and correct whichever is wrong: the draft pleads both, and the category decides whether the case waits on a visa number.");
        }
    }

    private static FilerStatus FilerCategory(string category)
    {
        if (PermanentResidentCategory().IsMatch(category))
        {
            return FilerStatus.PermanentResident;
        }

        return CitizenCategory().IsMatch(category) ? FilerStatus.Citizen : FilerStatus.Unknown;
    }

    private static FilerStatus? StatusOf(string? status)
    {
        if (string.IsNullOrWhiteSpace(status))
        {
            return null;
        }

        var citizen = CitizenStatus().IsMatch(status);
        var resident = PermanentResidentStatus().IsMatch(status);
        return citizen == resident ? FilerStatus.Unknown : citizen ? FilerStatus.Citizen : FilerStatus.PermanentResident;
    }

    private static string Describe(FilerStatus status) =>
        status == FilerStatus.Citizen ? "a U.S. citizen" : "a permanent resident";

    // F2A and F2B (with FX, the F2A exempt from the per-country limit), or the words.
    [GeneratedRegex(@"\bF-?2[AB]\b|\bFX\b|\bof\s+an?\s+(?:lawful\s+)?permanent\s+resident|\bLPR\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex PermanentResidentCategory();

    // The immediate relatives and the citizens' preferences, or the words.
    [GeneratedRegex(@"\b(?:IR|CR)-?\d\b|\bF-?[134]\b|\bimmediate[ -]relative|\bof\s+an?\s+(?:U\.?\s?S\.?|United\s+States)\s+citizen", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex CitizenCategory();

    [GeneratedRegex(@"\b(?:U\.?\s?S\.?|United\s+States|American)\s+citizen|\bcitizen\s+of\s+the\s+United\s+States|\bnaturali[sz]ed\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex CitizenStatus();

    [GeneratedRegex(@"\bpermanent\s+resident|\bLPR\b|\bgreen[ -]card\s+holder", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex PermanentResidentStatus();

    private enum FilerStatus
    {
        Unknown,
        Citizen,
        PermanentResident,
    }
}
