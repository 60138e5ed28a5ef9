namespace PetitionKit.Catalogs;

/// <summary>The role of an official or agency named as a defendant, in its official capacity (legal brief §2.2).</summary>
/// <remarks>There is deliberately no U.S. Attorney role: the U.S. Attorney is served under Fed. R. Civ. P. 4(i)(1)(A),
/// never named as a defendant.</remarks>
public enum DefendantRole
{
    /// <summary>Secretary of Homeland Security.</summary>
    SecretaryDhs = 1,

    /// <summary>Director, U.S. Citizenship and Immigration Services.</summary>
    DirectorUscis,

    /// <summary>U.S. Citizenship and Immigration Services as an agency (APA count only).</summary>
    AgencyUscis,

    /// <summary>Director of a USCIS service center.</summary>
    ServiceCenterDirector,

    /// <summary>Director, National Benefits Center (not a service center).</summary>
    NbcDirector,

    /// <summary>Field Office Director of a USCIS field office.</summary>
    FieldOfficeDirector,

    /// <summary>District Director of a USCIS district.</summary>
    DistrictDirector,

    /// <summary>Director of a USCIS asylum office.</summary>
    AsylumOfficeDirector,

    /// <summary>Chief or Director of the Immigrant Investor Program Office.</summary>
    IpoChief,

    /// <summary>Attorney General of the United States.</summary>
    AttorneyGeneral,

    /// <summary>Director of the Federal Bureau of Investigation.</summary>
    DirectorFbi,

    /// <summary>Secretary of State.</summary>
    SecretaryOfState,

    /// <summary>Consul General or Chief of the Consular Section at a post.</summary>
    ConsularOfficer,

    /// <summary>Ambassador or Deputy Chief of Mission at a post.</summary>
    ChiefOfMission,

    /// <summary>Director, Office of Screening, Analysis, and Coordination (Department of State).</summary>
    DosSacDirector,

    /// <summary>Director, U.S. Immigration and Customs Enforcement.</summary>
    DirectorIce,

    /// <summary>Field Office Director, ICE Enforcement and Removal Operations.</summary>
    IceFieldOfficeDirector,

    /// <summary>An agency named as such, as in a FOIA suit.</summary>
    Agency,
}
