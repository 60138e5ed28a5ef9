namespace PetitionKit.Model;

/// <summary>The office a defendant holds (docs/legal-rules.md#defendants-and-officials): the one type for a petition's officials, the case-type
/// catalog's default defendants and a receipt office's director. JSON and templates: the member name in snake_case.
/// The caption, the parties section and the checklist read it; <see cref="Catalogs.DefendantOffices"/> says in plain
/// words what each office is responsible for. The U.S. Attorney is served under Fed. R. Civ. P. 4(i), never named, so
/// there is no member for that office.</summary>
public enum OfficialRole
{
    /// <summary>An office not listed here; the title says what it is.</summary>
    Other = 0,

    /// <summary>Secretary of Homeland Security.</summary>
    SecretaryOfHomelandSecurity,

    /// <summary>Director, U.S. Citizenship and Immigration Services.</summary>
    DirectorUscis,

    /// <summary>An agency itself, named for the APA count (5 U.S.C. § 703) or a FOIA count; the caption names it
    /// without "in official capacity".</summary>
    Agency,

    /// <summary>Director of a USCIS service center.</summary>
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

    /// <summary>Director, National Benefits Center (not a service center).</summary>
    NationalBenefitsCenterDirector,
}
