namespace PetitionKit.Model;

/// <summary>The kind of delay or records case a petition brings (docs/legal-rules.md#case-types). JSON and templates use the
/// member name in snake_case, such as <c>i485_adjustment_of_status</c>.</summary>
public enum CaseType
{
    /// <summary>I-485 application to adjust status (§2.3).</summary>
    I485AdjustmentOfStatus = 1,

    /// <summary>I-130 petition for alien relative (§2.4).</summary>
    I130PetitionForAlienRelative,

    /// <summary>I-129F petition for a fiancé(e), with the K-1 consular stage (§2.5).</summary>
    I129FFianceePetition,

    /// <summary>I-589 affirmative asylum application (§2.6).</summary>
    I589AffirmativeAsylum,

    /// <summary>I-751 petition to remove conditions on residence (§2.7).</summary>
    I751RemoveConditions,

    /// <summary>I-765 application for employment authorization (§2.8).</summary>
    I765EmploymentAuthorization,

    /// <summary>N-400 naturalization application before the interview (§2.9).</summary>
    N400PreInterview,

    /// <summary>N-400 naturalization application undecided 120 days after the interview: 8 U.S.C. § 1447(b) (§2.9).</summary>
    N400PostInterview1447b,

    /// <summary>I-918 U visa: waitlist placement or bona fide determination (§2.10).</summary>
    I918UVisaWaitlist,

    /// <summary>I-914 T visa application (§2.11).</summary>
    I914TVisa,

    /// <summary>I-526 or I-829 EB-5 investor petition (§2.12).</summary>
    I526I829Eb5,

    /// <summary>DS-260 immigrant visa refused under INA § 221(g) and held in administrative processing (§2.13).</summary>
    Ds260AdministrativeProcessing,

    /// <summary>Freedom of Information Act request for records, such as an A-file (§2.14).</summary>
    FoiaRecords,

    /// <summary>A civil-rights complaint about racial profiling or 287(g) enforcement (§2.15): recognised so that the
    /// catalog can say why mandamus does not fit and which route does; never drafted as a mandamus petition.</summary>
    CivilRightsComplaint,
}
