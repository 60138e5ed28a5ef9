using System.Globalization;
using System.Text.RegularExpressions;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>Officials named by person carry a checked date; the U.S. Attorney is served, never named (docs/legal-rules.md#defendants-and-officials).</summary>
internal static partial class OfficialRules
{
    // docs/legal-rules.md#defendants-and-officials: a person's name checked more than 30 days before the draft may no longer be the officeholder.
    private const int FreshNameDays = 30;

    public static void Check(ValidationContext context)
    {
        var officials = context.Petition.Officials;
        for (var i = 0; i < officials.Count; i++)
        {
            var official = officials[i];
            if (UsAttorney().IsMatch(official.Title))
            {
                context.Error(
                    DiagnosticCodes.UsAttorneyNamed,
                    Path(i, "title"),
                    "The U.S. Attorney is served with the summons and complaint (Fed. R. Civ. P. 4(i)), not named as a defendant; remove this official.");
            }

            if (string.IsNullOrWhiteSpace(official.PersonName))
            {
                continue;
            }

            if (official.NameAsOf is not { } asOf)
            {
                context.Error(
                    DiagnosticCodes.OfficialNameWithoutDate,
                    Path(i, "name_as_of"),
                    "A person's name needs the date it was checked as the current officeholder; add it, or name the official by title only.");
            }
            else if (context.AsOf.DayNumber - asOf.DayNumber > FreshNameDays)
            {
                context.Warning(
                    DiagnosticCodes.OfficialNameStale,
                    Path(i, "name_as_of"),
                    string.Create(CultureInfo.InvariantCulture, $"The name was checked {context.AsOf.DayNumber - asOf.DayNumber:N0} days before the draft; confirm the current officeholder (Fed. R. Civ. P. 25(d))."));
            }
        }
    }

    private static string Path(int index, string property) =>
        string.Create(CultureInfo.InvariantCulture, $"officials[{index}].{property}");

    [GeneratedRegex(@"\b(?:United\s+States|U\.\s?S\.)\s+Attorney\b(?!\s+General)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex UsAttorney();
}
