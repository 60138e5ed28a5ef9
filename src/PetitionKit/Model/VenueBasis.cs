namespace PetitionKit.Model;

/// <summary>The ground for venue a petition relies on. JSON and templates: the member name in snake_case.</summary>
public enum VenueBasis
{
    /// <summary>A petitioner resides in the district and no real property is involved: 28 U.S.C. § 1391(e)(1)(C).
    /// Only one petitioner needs to reside there; a petitioner living abroad cannot use it.</summary>
    PetitionerResidence = 0,

    /// <summary>A defendant resides in the district, that is, performs official duties there: § 1391(e)(1)(A).</summary>
    DefendantResidence,

    /// <summary>A substantial part of the events or omissions occurred in the district: § 1391(e)(1)(B).</summary>
    EventsOrOmissions,

    /// <summary>For a FOIA suit: where the records are, or the District of Columbia (5 U.S.C. § 552(a)(4)(B)).</summary>
    FoiaRecordsOrDistrictOfColumbia,
}
