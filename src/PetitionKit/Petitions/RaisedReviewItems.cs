using System.Globalization;
using PetitionKit.Catalogs;
using PetitionKit.Deadlines;
using PetitionKit.Model;
using PetitionKit.Validation;
using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Petitions;

/// <summary>The review items a petition's analysis raises for the checklist: validation warnings, the case type's risks,
/// the circuit's jurisdiction risk, statutory clocks, officeholders to confirm, stale facts, and the authorities the
/// petition relies on.</summary>
internal static class RaisedReviewItems
{
    // The warnings that say a claim is weak before it is drafted (docs/legal-rules.md#warnings-before-a-weak-claim): they open the
    // checklist, under "Before you file".
    private static readonly HashSet<string> BeforeFiling = new(StringComparer.Ordinal)
    {
        DiagnosticCodes.WithinPostedTime,
        DiagnosticCodes.VisaFactsMissing,
        DiagnosticCodes.VisaNotAvailable,
        DiagnosticCodes.CircuitRisk,
        DiagnosticCodes.FoiaClockNotRun,
        DiagnosticCodes.RequestedDocumentsOutstanding,
        DiagnosticCodes.CategoryDoesNotFitFiler,
    };

    // Date-sensitive facts older than this are flagged for a fresh check (domain README rule 6).
    private const int StaleAfterMonths = 12;

    public static IReadOnlyList<ChecklistItem> For(
        Petition petition, DateOnly asOf, DelaySummary analysis, CaseTypeProfile profile, FederalDistrict? district, ValidationReport validation)
    {
        var items = new List<ChecklistItem>();
        items.AddRange(validation.Issues
            .Where(i => i.Severity == DiagnosticSeverity.Warning)
            .Select(i => new ChecklistItem(
                BeforeFiling.Contains(i.Code) ? ChecklistCategory.BeforeYouFile : ChecklistCategory.Risk, i.Message, i.Path, i.Code)));

        // The profile's items are those that can apply (ApplicableReviewItems); a high risk opens the checklist, except the
        // circuit's reason, which is high only in the circuits that validation warns about.
        var circuitWarned = validation.Issues.Any(i => string.Equals(i.Code, DiagnosticCodes.CircuitRisk, StringComparison.Ordinal));
        items.AddRange(profile.ReviewItems
            .Select(r => new ChecklistItem(
                r.Risk == RiskLevel.High && !string.Equals(r.Id, profile.CircuitRiskReviewItemId, StringComparison.Ordinal) ? ChecklistCategory.BeforeYouFile : ChecklistCategory.Risk,
                $"{r.Text} (risk: {Words.Of(r.Risk).Replace('_', ' ')})",
                Reference: r.Id)));
        if (!circuitWarned && district is not null && profile.JurisdictionRiskIn(district.Circuit) is { } risk)
        {
            items.Add(new ChecklistItem(ChecklistCategory.Risk,
                $"Jurisdiction risk in the {district.CircuitName} for this case type: {Words.Of(risk).Replace('_', ' ')}. Check the circuit's current law before filing.",
                Reference: "jurisdiction-risk"));
        }

        // The FOIA working-day clock gets its own, fuller item (how it was counted, and the date to confirm).
        // The § 1447(b) ripeness item below says what the 120-day clock's item would, and when to file: one item, not two.
        items.AddRange(analysis.StatutoryClocks
            .Where(c => analysis.Foia is null || c.Days is not null)
            .Where(c => analysis.Naturalization is null || !string.Equals(c.AuthorityId, "8-usc-1447-b", StringComparison.Ordinal))
            .Select(Clock));
        items.AddRange(FoiaReviewItems.For(petition, analysis.Foia));
        if (analysis.Naturalization is { } naturalization)
        {
            items.Add(new ChecklistItem(ChecklistCategory.Deadline, naturalization.IsRipe
                ? string.Create(CultureInfo.InvariantCulture, $"8 U.S.C. § 1447(b): {naturalization.DaysSinceInterview:N0} days since the examination on {naturalization.InterviewDate:MMMM d, yyyy}; the 120-day period ended on {naturalization.PeriodEndsOn:MMMM d, yyyy}, so a petition may be filed from {naturalization.RipeOn:MMMM d, yyyy}. Confirm no decision has issued since.")
                : string.Create(CultureInfo.InvariantCulture, $"8 U.S.C. § 1447(b) is not ripe: the 120-day period runs until {naturalization.PeriodEndsOn:MMMM d, yyyy}; do not file before {naturalization.RipeOn:MMMM d, yyyy}."),
                Reference: "1447b-ripeness"));
        }

        foreach (var official in petition.Officials.Where(o => !string.IsNullOrWhiteSpace(o.PersonName)))
        {
            items.Add(new ChecklistItem(ChecklistCategory.TemplateItem,
                string.Create(CultureInfo.InvariantCulture, $"Confirm that {official.PersonName} still holds the office of {official.Title} (named as of {official.NameAsOf:MMMM d, yyyy}); Fed. R. Civ. P. 25(d) substitutes a successor."),
                Reference: "officeholder"));
        }

        if (petition.ProcessingTime is { } posted && posted.CheckedOn.AddMonths(StaleAfterMonths) < asOf)
        {
            items.Add(new ChecklistItem(ChecklistCategory.Deadline,
                string.Create(CultureInfo.InvariantCulture, $"The posted processing time was checked on {posted.CheckedOn:MMMM d, yyyy}, more than {StaleAfterMonths} months ago: check it again."),
                Reference: "processing-time"));
        }

        items.AddRange(Redactions(petition));
        items.AddRange(petition.Duty.LegalSources
            .Select(AuthorityCatalog.Find)
            .OfType<Authority>()
            .Select(CitationFunction.ChecklistFor));
        return items;
    }

    /// <summary>What privacy changed in the petitioners' values, so the attorney knows the draft shows less than the file.</summary>
    private static IEnumerable<ChecklistItem> Redactions(Petition petition)
    {
        for (var i = 0; i < petition.Petitioners.Count; i++)
        {
            var petitioner = petition.Petitioners[i];
            var path = string.Create(CultureInfo.InvariantCulture, $"petitioners[{i}]");
            if (petitioner.IsMinor)
            {
                yield return Redacted(path + ".name", "A minor is named by initials only (Fed. R. Civ. P. 5.2(a)(3)).");
            }

            if (petitioner.DateOfBirth is not null)
            {
                yield return Redacted(path + ".date_of_birth", "The date of birth is shown as the year only (Fed. R. Civ. P. 5.2(a)(2)).");
            }

            if (!string.IsNullOrWhiteSpace(petitioner.Ssn))
            {
                yield return Redacted(path + ".ssn", "The Social Security number is shown as its last four digits only (Fed. R. Civ. P. 5.2(a)(1)).");
            }

            if (!string.IsNullOrWhiteSpace(petitioner.ANumber))
            {
                yield return Redacted(path + ".a_number", "The A-number is masked; confirm the court's and the agency's practice before showing more.");
            }
        }
    }

    private static ChecklistItem Redacted(string path, string text) =>
        new(ChecklistCategory.AlteredValue, text, Reference: path);

    private static ChecklistItem Clock(StatutoryClockStatus clock) =>
        new(ChecklistCategory.Deadline, ClockWording.ChecklistLine(clock), Reference: clock.AuthorityId);
}
