using System.Text.RegularExpressions;
using PetitionKit.Catalogs;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Petitions;

/// <summary>The template function <c>cite "authority-id"</c>: the catalog's citation text, and a line in the checklist's
/// "Citations to verify" for each authority a draft cites. Only catalog authorities can be cited (never one from memory),
/// and one not verified in a public source is followed in the draft by a visible <c>[VERIFY: …]</c> mark.</summary>
internal sealed partial class CitationFunction
{
    private readonly List<Authority> _cited = [];

    public string Cite(string id)
    {
        var authority = AuthorityCatalog.Find(id)
            ?? throw new ArgumentException($"‘{id}’ is not in the authority catalog; cite only catalog authorities (see the README's variable reference).", nameof(id));
        if (AuthorityCatalog.FindDenied(authority.Citation) is { } denied)
        {
            throw new ArgumentException($"‘{authority.Citation}’ must not be cited: {denied.Reason}", nameof(id));
        }

        lock (_cited)
        {
            if (!_cited.Contains(authority))
            {
                _cited.Add(authority);
            }
        }

        // Domain rule: an authority not verified in a public source appears in a draft only visibly marked for verification.
        var citation = Printed(authority.Citation);
        return authority.Verification switch
        {
            VerificationStatus.Verified => citation,
            VerificationStatus.SecondaryOnly => $"{citation} [VERIFY: secondary source only]",
            _ => $"{citation} [VERIFY: not verified]",
        };
    }

    /// <summary>A citation as a pleading prints it: a no-break space after "§" and "§§" (the template text does the same),
    /// between a title and its code ("8 U.S.C.", "22 C.F.R.") and between the code and its section sign, so Word and
    /// LibreOffice never end a line inside "8 U.S.C. § 1447(b)". Also applied to every checklist line.</summary>
    public static string Printed(string citation) =>
        CodeAndSection().Replace(
            TitleAndCode().Replace(citation.Replace("§ ", "§\u00A0", StringComparison.Ordinal), "${title}\u00A0${code}"),
            "${code}\u00A0§");

    [GeneratedRegex(@"\b(?<title>\d+) (?<code>U\.S\.C\.|C\.F\.R\.)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TitleAndCode();

    [GeneratedRegex(@"(?<code>U\.S\.C\.|C\.F\.R\.) §", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CodeAndSection();

    /// <summary>The checklist items for what was cited, in first-cited order.</summary>
    public IEnumerable<ChecklistItem> Items()
    {
        lock (_cited)
        {
            return _cited.Select(ChecklistFor).ToList();
        }
    }

    public static ChecklistItem ChecklistFor(Authority authority)
    {
        var checkedOn = (authority.VerifiedOn ?? AuthorityCatalog.VerifiedOn).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var source = AuthoritySourceText.ForReview(authority.Source);
        var status = authority.Verification switch
        {
            VerificationStatus.Verified => $"PetitionKit's research checked it on {checkedOn} in {source}",
            VerificationStatus.SecondaryOnly => $"PetitionKit's research saw it on {checkedOn} only in a secondary source ({source}): do not rely on its wording",
            _ => $"NOT verified ({source}): confirm it exists and says what the draft says",
        };
        var note = string.IsNullOrWhiteSpace(authority.Note) ? string.Empty : $" Note: {authority.Note}";
        return new ChecklistItem(ChecklistCategory.Citation,
            $"Verify {authority.Citation} and its current version: {status}.{note}",
            Reference: authority.Id);
    }
}
