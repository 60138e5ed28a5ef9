using System.Globalization;
using PetitionKit.Deadlines;
using PetitionKit.Model;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Petitions;

/// <summary>What a FOIA draft's analysis asks the attorney to confirm: the computed 20-working-day date (authorities.md
/// § 2 says to flag it), Inauguration Day for a suit in the District of Columbia, and an organization's Rule 7.1
/// disclosure statement.</summary>
internal static class FoiaReviewItems
{
    private const string DistrictOfColumbia = "dcd";

    public static IEnumerable<ChecklistItem> For(Petition petition, FoiaClock? clock)
    {
        if (clock is null)
        {
            yield break;
        }

        yield return new ChecklistItem(ChecklistCategory.Deadline, CountText(clock), Reference: "analysis.foia.ends_on");
        if (string.Equals(petition.Court.CourtId.Trim(), DistrictOfColumbia, StringComparison.OrdinalIgnoreCase))
        {
            yield return new ChecklistItem(ChecklistCategory.Deadline, InaugurationText(clock), Reference: "analysis.foia.inauguration_day");
        }

        var organization = petition.Petitioners.ToList().FindIndex(p => p.Organization is not null);
        if (organization >= 0)
        {
            yield return new ChecklistItem(ChecklistCategory.TemplateItem,
                "Disclosure statement: confirm whether the Federal Rules of Civil Procedure or the local rules require a "
                + "disclosure statement from a nongovernmental corporate party such as this organization plaintiff (the rule is "
                + "not among PetitionKit's verified authorities, so the draft cites none), and file it with the complaint if so.",
                Reference: string.Create(CultureInfo.InvariantCulture, $"petitioners[{organization}].organization"));
        }
    }

    private static string CountText(FoiaClock clock)
    {
        var from = clock.StartBasis switch
        {
            FoiaClockStart.ComponentReceipt => "the day the component responsible received the request",
            FoiaClockStart.DesignatedComponentReceipt =>
                "ten days after a designated component first received the request (the statute starts the period no later "
                + "than that; \"ten days\" is counted here as working days, the later reading)",
            _ => "the request date, because the petition does not say when the right component received the request "
                + "(add foia.component_received_on)",
        };
        var skipped = clock.HolidaysSkipped.Count == 0
            ? "no legal public holiday fell in the period"
            : "it skipped " + string.Join("; ", clock.HolidaysSkipped.Select(Holiday));
        var computed = string.Create(CultureInfo.InvariantCulture,
            $"FOIA determination date: computed as {clock.EndsOn:MMMM d, yyyy}, the {clock.WorkingDays}th working day after {clock.StartDate:MMMM d, yyyy}, {from}. ");
        return computed
            + $"The count excepts Saturdays, Sundays and the legal public holidays of 5 U.S.C. § 6103(a), and conservatively also each holiday's observed weekday; {skipped}. "
            + "Confirm the date, and when the right component received the request, before filing.";
    }

    private static string Holiday(LegalPublicHoliday holiday) =>
        holiday.ObservedOn == holiday.Date
            ? string.Create(CultureInfo.InvariantCulture, $"{holiday.Name} ({holiday.Date:MMMM d, yyyy})")
            : string.Create(CultureInfo.InvariantCulture, $"{holiday.Name} ({holiday.Date:MMMM d, yyyy}, observed {holiday.ObservedOn:dddd, MMMM d})");

    private static string InaugurationText(FoiaClock clock) =>
        clock.InaugurationDay is { } day
            ? string.Create(CultureInfo.InvariantCulture,
                $"Inauguration Day, {day:MMMM d, yyyy}, falls in the FOIA period: it is a holiday only in the Washington, D.C. area (5 U.S.C. § 6103(c)), and the count above does not skip it. If the component that received the request is there, the period may end a working day later: confirm.")
            : "Inauguration Day is a holiday only in the Washington, D.C. area (5 U.S.C. § 6103(c)); the FOIA count does not skip it, and none falls in this period. Confirm if the dates change.";
}
