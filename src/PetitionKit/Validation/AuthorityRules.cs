using System.Globalization;
using PetitionKit.Catalogs;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>Legal sources are catalog authorities, never denied ones, and unverified ones are flagged (README rules 1–3).</summary>
internal static class AuthorityRules
{
    public static void Check(ValidationContext context)
    {
        var sources = context.Petition.Duty.LegalSources;
        for (var i = 0; i < sources.Count; i++)
        {
            var id = sources[i];
            var path = string.Create(CultureInfo.InvariantCulture, $"duty.legal_sources[{i}]");
            if (context.Catalog.FindDenied(id) is { } reason)
            {
                context.Error(DiagnosticCodes.AuthorityDenied, path, $"'{id}' must never be cited: {reason}");
                continue;
            }

            var authority = context.Catalog.FindAuthority(id);
            if (authority is null)
            {
                context.Error(
                    DiagnosticCodes.AuthorityUnknown,
                    path,
                    $"'{id}' is not in PetitionKit's authority catalog; cite only catalog authorities, by id.");
            }
            else if (authority.Standing != AuthorityStanding.Verified)
            {
                var what = authority.Standing == AuthorityStanding.SecondaryOnly
                    ? "was seen only in a secondary source"
                    : "has not been verified";
                context.Warning(
                    DiagnosticCodes.AuthorityNotVerified,
                    path,
                    $"{authority.Citation} {what}: wherever a draft cites it, the citation is marked [VERIFY], and the attorney must check it before filing.");
            }
        }
    }
}
