using System.Globalization;
using PetitionKit.Model;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>A minor sues through a next friend or guardian and never signs or appears pro se (Fed. R. Civ. P.
/// 11(a) for who signs; docs/legal-rules.md#parties-minors-and-signers). Fed. R. Civ. P. 17(c) is not in the verified domain files, so the messages
/// state the practice and cite no rule.</summary>
internal static class MinorRules
{
    public static void Check(ValidationContext context)
    {
        var petitioners = context.Petition.Petitioners;
        var proSe = context.Petition.Signer?.Kind == SignerKind.ProSe;
        for (var i = 0; i < petitioners.Count; i++)
        {
            var petitioner = petitioners[i];
            var path = string.Create(CultureInfo.InvariantCulture, $"petitioners[{i}]");
            if (!petitioner.IsMinor)
            {
                continue;
            }

            if (petitioner.NextFriend is null)
            {
                context.Error(
                    DiagnosticCodes.MinorWithoutNextFriend,
                    path + ".next_friend",
                    "A minor cannot sue in their own name: add the next friend or guardian through whom the minor sues.");
                continue;
            }

            var friend = petitioner.NextFriend.PetitionerIndex;
            if (friend is { } n && (n < 0 || n >= petitioners.Count || n == i || petitioners[n].IsMinor))
            {
                context.Error(
                    DiagnosticCodes.NextFriendIndexInvalid,
                    path + ".next_friend.petitioner_index",
                    string.Create(CultureInfo.InvariantCulture, $"Petitioner number {n} cannot be this minor's next friend: it must be another petitioner who is an adult (petitioners are counted from 0)."));
            }
            else if (proSe && friend is null)
            {
                context.Error(
                    DiagnosticCodes.MinorSignsProSe,
                    path + ".next_friend.petitioner_index",
                    "A minor cannot sign or appear pro se. When no attorney signs, the minor's next friend must be one of the petitioners (set petitioner_index) and signs for the minor; otherwise an attorney must sign.");
            }
        }
    }
}
