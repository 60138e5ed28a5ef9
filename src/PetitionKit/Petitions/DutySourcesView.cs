using PetitionKit.Catalogs;
using PetitionKit.Model;
using Scriban.Runtime;

namespace PetitionKit.Petitions;

/// <summary>The petition's duty sources sorted by what each does for the duty to decide (<c>duty_sources.duty</c>,
/// <c>.discretion</c>, <c>.timetables</c>), so a template pleads the duty under the provisions that impose it and never
/// under one that grants discretion over the outcome, creates no enforceable right, or is the court's remedy.</summary>
internal static class DutySourcesView
{
    // The APA's duty to conclude a matter within a reasonable time is the one every delay draft pleads; it stands in
    // when a petition lists only provisions that cannot carry the duty themselves (§ 706(1), the court's power to
    // compel, is the remedy for breaching it, not its source).
    private static readonly string[] ReasonableTimeDuty = ["5-usc-555-b"];

    public static ScriptObject For(Petition petition, CaseTypeProfile profile)
    {
        var ids = petition.Duty.LegalSources.Count > 0 ? petition.Duty.LegalSources : profile.DutySourceIds;
        var distinct = ids.Distinct(StringComparer.Ordinal).ToList();
        var duty = WithRole(distinct, DutySourceRole.Duty);
        return new ScriptObject(StringComparer.Ordinal)
        {
            ["duty"] = new ScriptArray(duty.Count > 0 ? duty : ReasonableTimeDuty),
            ["discretion"] = new ScriptArray(WithRole(distinct, DutySourceRole.DiscretionOverOutcome)),
            ["timetables"] = new ScriptArray(WithRole(distinct, DutySourceRole.Timetable)),
        };
    }

    private static List<string> WithRole(IEnumerable<string> ids, DutySourceRole role) => ids.Where(id => RoleOf(id) == role).ToList();

    // An id the shipped catalog does not know (a custom catalog's) is taken at its word as a duty source.
    private static DutySourceRole RoleOf(string id) => AuthorityCatalog.Find(id)?.DutyRole ?? DutySourceRole.Duty;
}
