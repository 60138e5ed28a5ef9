using System.Globalization;
using PetitionKit.Model;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>Someone signs, with the address, e-mail and telephone Fed. R. Civ. P. 11(a) requires (docs/legal-rules.md#parties-minors-and-signers).</summary>
internal static class SignerRules
{
    public static void Check(ValidationContext context)
    {
        var signer = context.Petition.Signer;
        if (signer is null)
        {
            context.Error(
                DiagnosticCodes.SignerMissing,
                "signer",
                "Add who signs: an attorney of record, or the petitioners themselves if they have no attorney.");
            return;
        }

        if (signer.Kind == SignerKind.ProSe)
        {
            CheckProSe(context);
            return;
        }

        Require(context, signer.Name, "signer.name", "the attorney's name");
        Require(context, signer.Address is null ? null : "address", "signer.address", "the attorney's address");
        Require(context, signer.Phone, "signer.phone", "the attorney's telephone number");
        Require(context, signer.Email, "signer.email", "the attorney's e-mail address");
        if (string.IsNullOrWhiteSpace(signer.BarNumber))
        {
            context.Warning(
                DiagnosticCodes.SignerBarNumberMissing,
                "signer.bar_number",
                "Most local rules require the attorney's bar number; add it.");
        }
    }

    private static void CheckProSe(ValidationContext context)
    {
        var petitioners = context.Petition.Petitioners;
        for (var i = 0; i < petitioners.Count; i++)
        {
            var petitioner = petitioners[i];
            if (petitioner.IsMinor)
            {
                continue;
            }

            RequireProSe(context, i, petitioner.Residence is null ? null : "residence", "residence", "address");
            RequireProSe(context, i, petitioner.Phone, "phone", "telephone number");
            RequireProSe(context, i, petitioner.Email, "email", "e-mail address");
        }
    }

    private static void Require(ValidationContext context, string? value, string path, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            context.Error(DiagnosticCodes.SignerContactMissing, path, $"The signature block must state {what} (Fed. R. Civ. P. 11(a)).");
        }
    }

    private static void RequireProSe(ValidationContext context, int index, string? value, string property, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            context.Error(
                DiagnosticCodes.ProSeContactMissing,
                string.Create(CultureInfo.InvariantCulture, $"petitioners[{index}].{property}"),
                $"A petitioner who signs without an attorney must state an {what} (Fed. R. Civ. P. 11(a)).");
        }
    }
}
