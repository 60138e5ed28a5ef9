namespace PetitionKit.Model;

/// <summary>A petitioner's part in the case. JSON and templates: the member name in snake_case.</summary>
public enum PetitionerRole
{
    /// <summary>The person whose application is pending.</summary>
    Applicant = 0,

    /// <summary>The U.S. citizen or permanent resident who filed a petition for someone else, such as an I-130.</summary>
    FilingPetitioner,

    /// <summary>The person a petition was filed for.</summary>
    Beneficiary,

    /// <summary>A derivative family member.</summary>
    Derivative,

    /// <summary>The person who made a FOIA request.</summary>
    Requester,

    /// <summary>Any other part; the draft describes it in words.</summary>
    Other,
}
