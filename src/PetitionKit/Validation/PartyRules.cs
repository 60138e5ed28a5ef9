using System.Globalization;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>Petitioners exist and harms point at one of them.</summary>
internal static class PartyRules
{
    public static void Check(ValidationContext context)
    {
        var petition = context.Petition;
        if (petition.Petitioners.Count == 0)
        {
            context.Error(DiagnosticCodes.NoPetitioners, "petitioners", "Add at least one petitioner.");
        }

        for (var i = 0; i < petition.Harms.Count; i++)
        {
            var index = petition.Harms[i].PetitionerIndex;
            if (index is { } n && (n < 0 || n >= petition.Petitioners.Count))
            {
                context.Error(
                    DiagnosticCodes.HarmPetitionerOutOfRange,
                    string.Create(CultureInfo.InvariantCulture, $"harms[{i}].petitioner_index"),
                    string.Create(CultureInfo.InvariantCulture, $"There is no petitioner number {n}: petitioners are counted from 0 and there are {petition.Petitioners.Count}."));
            }
        }
    }
}
