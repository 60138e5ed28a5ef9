namespace PetitionKit.Model;

/// <summary>A person bringing the case. Raw identifiers live here; drafts use <see cref="RedactedPetitioner"/>.
/// JSON and templates: an item of <c>petitioners</c>.</summary>
public sealed record Petitioner
{
    /// <summary>Gets the person's full legal name. JSON and templates: <c>petitioners[i].name</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the organization's details when the petitioner is an organization (its name is <see cref="Name"/>);
    /// null for a person. Its principal place of business stands in for a residence in venue. JSON and templates:
    /// <c>petitioners[i].organization</c>.</summary>
    public Organization? Organization { get; init; }

    /// <summary>Gets the person's part in the case. JSON and templates: <c>petitioners[i].role</c>.</summary>
    public PetitionerRole Role { get; init; }

    /// <summary>Gets where the person lives; venue and the civil cover sheet need the county and state.
    /// JSON and templates: <c>petitioners[i].residence</c>.</summary>
    public PostalAddress? Residence { get; init; }

    /// <summary>Gets the federal district the person lives in (for an organization, where its principal place of business
    /// is), by court id, such as <c>cand</c>; needed only where the state has more than one district. JSON and templates: <c>petitioners[i].residence_district</c>.</summary>
    public string? ResidenceDistrict { get; init; }

    /// <summary>Gets the alien registration number as entered (7 to 9 digits, with or without the leading A).
    /// JSON and templates: <c>petitioners[i].a_number</c>.</summary>
    public string? ANumber { get; init; }

    /// <summary>Gets the receipt number of this person's own application when a family's applications of the same form
    /// were filed one per person (each I-485 of a family, each I-130 for a beneficiary), such as MSC2309000002; leave it
    /// empty for the person whose application is <c>application.receipt_number</c>. The built-in drafts plead each one
    /// beside the person's name and ask that every one be decided. JSON and templates: <c>petitioners[i].receipt_number</c>.</summary>
    public string? ReceiptNumber { get; init; }

    /// <summary>Gets the date of birth; drafts show only the year (Fed. R. Civ. P. 5.2(a)(2)).
    /// JSON and templates: <c>petitioners[i].date_of_birth</c>.</summary>
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>Gets the Social Security or taxpayer-identification number, if any; drafts show only the last four digits
    /// (Fed. R. Civ. P. 5.2(a)(1)). JSON and templates: <c>petitioners[i].ssn</c>.</summary>
    public string? Ssn { get; init; }

    /// <summary>Gets a value indicating whether the person is a minor; drafts name a minor by initials
    /// (Fed. R. Civ. P. 5.2(a)(3)). JSON and templates: <c>petitioners[i].is_minor</c>.</summary>
    public bool IsMinor { get; init; }

    /// <summary>Gets the adult through whom a minor sues, named in the caption beside the minor's initials; validation
    /// requires one for every minor. JSON and templates: <c>petitioners[i].next_friend</c>.</summary>
    public NextFriend? NextFriend { get; init; }

    /// <summary>Gets the person's immigration status or citizenship as the parties section states it, a phrase such as
    /// "a U.S. citizen" or "a citizen of Nigeria". JSON and templates: <c>petitioners[i].status</c>.</summary>
    public string? Status { get; init; }

    /// <summary>Gets the pseudonym to use in place of the name, such as "Jane Doe" in a U or T visa case.
    /// JSON and templates: <c>petitioners[i].pseudonym</c>.</summary>
    public string? Pseudonym { get; init; }

    /// <summary>Gets the telephone number a pro se petitioner signs with (Fed. R. Civ. P. 11(a)).
    /// JSON and templates: <c>petitioners[i].phone</c>.</summary>
    public string? Phone { get; init; }

    /// <summary>Gets the e-mail address a pro se petitioner signs with (Fed. R. Civ. P. 11(a)).
    /// JSON and templates: <c>petitioners[i].email</c>.</summary>
    public string? Email { get; init; }
}
