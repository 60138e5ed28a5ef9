namespace PetitionKit.Model;

/// <summary>The federal district court a petition is filed in, and why venue lies there. JSON and templates: <c>court</c>.</summary>
public sealed record Court
{
    /// <summary>Gets the district's court id, such as <c>cand</c> for the Northern District of California.
    /// JSON and templates: <c>court.court_id</c>.</summary>
    public required string CourtId { get; init; }

    /// <summary>Gets the division within the district, where the district has divisions.
    /// JSON and templates: <c>court.division</c>.</summary>
    public string? Division { get; init; }

    /// <summary>Gets the case number once the clerk assigns one; left blank in a first draft.
    /// JSON and templates: <c>court.case_number</c>.</summary>
    public string? CaseNumber { get; init; }

    /// <summary>Gets the ground for venue under 28 U.S.C. § 1391(e)(1); the default is the plaintiff's residence.
    /// JSON and templates: <c>court.venue_basis</c>.</summary>
    public VenueBasis VenueBasis { get; init; }
}
