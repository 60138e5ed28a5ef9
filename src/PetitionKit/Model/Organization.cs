namespace PetitionKit.Model;

/// <summary>What makes a petitioner an organization rather than a person, such as a FOIA requester that is an advocacy
/// group; its name is the petitioner's <c>name</c>. JSON and templates: <c>petitioners[i].organization</c>.</summary>
public sealed record Organization
{
    /// <summary>Gets the address of its principal place of business, where FOIA venue may rest (5 U.S.C. § 552(a)(4)(B)).
    /// JSON and templates: <c>principal_place_of_business</c>.</summary>
    public required PostalAddress PrincipalPlaceOfBusiness { get; init; }

    /// <summary>Gets its mission, as a phrase that follows "whose mission is", such as "to defend the rights of immigrants
    /// in Georgia". JSON and templates: <c>mission</c>.</summary>
    public string? Mission { get; init; }

    /// <summary>Gets why it wants the records, as a phrase that follows "It requested the records", such as "to inform the
    /// public about the county's agreement with ICE". JSON and templates: <c>interest_in_records</c>.</summary>
    public string? InterestInRecords { get; init; }
}
