namespace PetitionKit.Model;

/// <summary>The kind of office a defendant holds (legal brief §2.2). JSON and templates: the member name in snake_case.
/// The U.S. Attorney is served under Fed. R. Civ. P. 4(i), never named, so there is no member for that office.</summary>
public enum OfficialRole
{
    /// <summary>An office not listed here; the title says what it is.</summary>
    Other = 0,

    /// <summary>Secretary of Homeland Security.</summary>
    SecretaryOfHomelandSecurity,

    /// <summary>Director, U.S. Citizenship and Immigration Services.</summary>
    DirectorUscis,

    /// <summary>An agency itself, named for the APA count (5 U.S.C. § 703) or a FOIA count.</summary>
    Agency,

    /// <summary>Director of a service center or of the National Benefits Center.</summary>
    ServiceCenterDirector,

    /// <summary>Director of a USCIS field office.</summary>
    FieldOfficeDirector,

    /// <summary>A USCIS district director.</summary>
    DistrictDirector,

    /// <summary>Director of a USCIS asylum office.</summary>
    AsylumOfficeDirector,

    /// <summary>Chief of the Immigrant Investor Program Office.</summary>
    ImmigrantInvestorProgramChief,

    /// <summary>Attorney General of the United States.</summary>
    AttorneyGeneral,

    /// <summary>Director, Federal Bureau of Investigation.</summary>
    DirectorFbi,

    /// <summary>Secretary of State.</summary>
    SecretaryOfState,

    /// <summary>A consul general or chief of a consular section.</summary>
    ConsularOfficer,

    /// <summary>An ambassador or deputy chief of mission.</summary>
    ChiefOfMission,

    /// <summary>Director, Office of Screening, Analysis, and Coordination (Department of State).</summary>
    ScreeningAnalysisCoordinationDirector,

    /// <summary>Director, U.S. Immigration and Customs Enforcement.</summary>
    DirectorIce,

    /// <summary>Field Office Director, ICE Enforcement and Removal Operations.</summary>
    IceFieldOfficeDirector,
}
