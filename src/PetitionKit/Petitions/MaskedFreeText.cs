using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using PetitionKit.Json;
using PetitionKit.Model;
using PetitionKit.Validation;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Petitions;

/// <summary>The petition a template sees, with Fed. R. Civ. P. 5.2 applied to every free-text field as the structured
/// fields have it: a full SSN to its last four digits, a date of birth to its year, a minor's full name to the name a
/// draft uses for them (initials or pseudonym), an A-number masked (<c>AXXX-XXX-678</c>). The view, the delay analysis
/// and the checklist are all made from this petition, so no template can print the typed value. With
/// <see cref="RedactionOptions.IncludeRawValues"/> the text is left as typed and the checklist says so.</summary>
internal sealed record MaskedFreeText(Petition Petition, IReadOnlyList<ChecklistItem> Items)
{
    public static MaskedFreeText Of(Petition petition, RedactionOptions options)
    {
        var facts = PrivacyFacts.Of(petition);
        var items = new List<ChecklistItem>();
        JsonNode? json = null;
        foreach (var field in FreeTextFields.Of(petition))
        {
            var findings = FreeTextPrivacy.Find(field.Text, facts);
            if (options.IncludeRawValues)
            {
                items.AddRange(findings.Select(f => new ChecklistItem(ChecklistCategory.Privacy, PrintedAsTyped(f.Kind), field.Path)));
                continue;
            }

            var masked = Mask(field.Text, findings, petition, options);
            if (!string.Equals(masked, field.Text, StringComparison.Ordinal))
            {
                json ??= JsonNode.Parse(PetitionJson.Write(petition));
                Set(json!, field.Path, masked);
                items.AddRange(findings.Select(f => new ChecklistItem(ChecklistCategory.AlteredValue, Masked(f.Kind), field.Path)));
            }
        }

        return new MaskedFreeText(json is null ? petition : PetitionJson.Read(json.ToJsonString()), items);
    }

    private static string Mask(string text, IReadOnlyList<FreeTextPrivacyFinding> findings, Petition petition, RedactionOptions options)
    {
        var result = new StringBuilder(text.Length);
        var index = 0;
        foreach (var finding in findings)
        {
            var value = text.Substring(finding.Start, finding.Length);
            var start = finding.Start;
            var replacement = finding.Kind switch
            {
                FreeTextPrivacyKind.Ssn => "XXX-XX-" + LastFourDigits(value),
                FreeTextPrivacyKind.DateOfBirth => Year(value),
                FreeTextPrivacyKind.MinorName => RedactedPetitioner.Create(petition.Petitioners[finding.Minor], options).DisplayName,
                _ when options.ANumberMasking == ANumberMasking.Full => value,
                _ => ANumber.TryParse(value, out var number) ? number.Format(options.ANumberMasking) : value,
            };

            // "born on April 9, 1985" reads "born in 1985".
            if (finding.Kind == FreeTextPrivacyKind.DateOfBirth && start >= 3 && text.AsSpan(index, start - index).EndsWith("on ", StringComparison.OrdinalIgnoreCase)
                && (start == 3 || !char.IsLetter(text[start - 4])))
            {
                start -= 3;
                replacement = (char.IsUpper(text[start]) ? "In " : "in ") + replacement;
            }

            result.Append(text, index, start - index).Append(replacement);
            index = finding.Start + finding.Length;
        }

        return result.Append(text, index, text.Length - index).ToString();
    }

    private static string LastFourDigits(string value)
    {
        var digits = value.Where(char.IsDigit).Select(c => (char)('0' + (int)char.GetNumericValue(c))).ToArray();
        return new string(digits[^4..]);
    }

    private static string Year(string value) =>
        MatchedDate.TryRead(value, out var date) ? date.Year.ToString(CultureInfo.InvariantCulture) : "XXXX";

    private static string Masked(FreeTextPrivacyKind kind) => kind switch
    {
        FreeTextPrivacyKind.Ssn => "A full Social Security number typed here is shown as its last four digits only (Fed. R. Civ. P. 5.2(a)(1)); correct the petition's text.",
        FreeTextPrivacyKind.DateOfBirth => "A full date of birth typed here is shown as the year only (Fed. R. Civ. P. 5.2(a)(2)); correct the petition's text.",
        FreeTextPrivacyKind.MinorName => "A minor's name (in full, or the given name alone) typed here is shown as the name the draft uses for the minor (Fed. R. Civ. P. 5.2(a)(3)); correct the petition's text.",
        _ => "An A-number typed here is masked as the A-number field is; correct the petition's text.",
    };

    private static string PrintedAsTyped(FreeTextPrivacyKind kind)
    {
        var what = kind switch
        {
            FreeTextPrivacyKind.Ssn => "A full Social Security number",
            FreeTextPrivacyKind.DateOfBirth => "A full date of birth",
            FreeTextPrivacyKind.MinorName => "A minor's name",
            _ => "An A-number",
        };
        return $"{what} typed here is printed in full because raw values were opted in; redact it before filing (Fed. R. Civ. P. 5.2(a)), or confirm whether this court allows it to be filed under seal.";
    }

    /// <summary>Sets the string at a path such as <c>harms[0].description</c> or <c>signer.address.lines[1]</c>.</summary>
    private static void Set(JsonNode root, string path, string value)
    {
        var node = root;
        var segments = path.Split('.');
        for (var s = 0; s < segments.Length; s++)
        {
            var segment = segments[s];
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            var indexes = bracket < 0 ? [] : segment[(bracket + 1)..^1].Split("][").Select(i => int.Parse(i, CultureInfo.InvariantCulture)).ToArray();
            var last = s == segments.Length - 1;
            if (last && indexes.Length == 0)
            {
                node[name] = value;
                return;
            }

            node = node[name]!;
            for (var i = 0; i < indexes.Length; i++)
            {
                if (last && i == indexes.Length - 1)
                {
                    node[indexes[i]] = value;
                    return;
                }

                node = node[indexes[i]]!;
            }
        }
    }
}
