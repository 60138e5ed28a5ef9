namespace PetitionKit.Model;

/// <summary>What a timeline event records (docs/legal-rules.md#delay-analysis). JSON and templates: the member name in snake_case.</summary>
public enum TimelineEventKind
{
    /// <summary>A biometrics (fingerprint) appointment at an Application Support Center.</summary>
    Biometrics = 1,

    /// <summary>An interview; for naturalization, the examination that starts the 8 U.S.C. § 1447(b) period.</summary>
    Interview,

    /// <summary>A request for evidence or notice of intent to deny was issued.</summary>
    RfeIssued,

    /// <summary>The response to a request for evidence was delivered.</summary>
    RfeResponse,

    /// <summary>The file moved to another office.</summary>
    Transfer,

    /// <summary>An inquiry to the agency, such as an e-Request or a contact-center service request.</summary>
    InquiryToAgency,

    /// <summary>A request for case assistance to the CIS Ombudsman (Form DHS-7001).</summary>
    InquiryToOmbudsman,

    /// <summary>An inquiry through a member of Congress.</summary>
    InquiryToCongress,

    /// <summary>A request to expedite the case.</summary>
    ExpediteRequest,

    /// <summary>Anything else; the description says what.</summary>
    Other,

    /// <summary>A consular officer refused the visa under INA § 221(g) and placed the application in administrative
    /// processing; a consular delay runs from this refusal, not from the visa application's submission.</summary>
    AdministrativeProcessingRefusal,
}
