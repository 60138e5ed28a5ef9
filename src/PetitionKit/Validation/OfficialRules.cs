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
                    // Worded as the checklist's officeholder item, so the checklist shows one line per officeholder
                    // (ChecklistDeduplication keys them by name and office), with how old the name is.
                    string.Create(CultureInfo.InvariantCulture, $"Confirm that {official.PersonName} still holds the office of {official.Title} (name checked {context.AsOf.DayNumber - asOf.DayNumber:N0} days before the draft, on {asOf:MMMM d, yyyy}); under Fed. R. Civ. P. 25(d) a successor is substituted automatically."));
            }
        }
    }

    private static string Path(int index, string property) =>
        string.Create(CultureInfo.InvariantCulture, $"officials[{index}].{property}");

    [GeneratedRegex(@"\b(?:United\s+States|U\.\s?S\.)\s+Attorney\b(?!\s+General)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex UsAttorney();
}
