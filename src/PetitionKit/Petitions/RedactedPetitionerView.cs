using PetitionKit.Catalogs;
using PetitionKit.Model;
using PetitionKit.Word.Checking;
using Scriban.Runtime;

namespace PetitionKit.Petitions;

/// <summary>A petitioner as templates see them (Fed. R. Civ. P. 5.2(a)): <c>name</c> is the pseudonym, a minor's
/// initials or the full name; <c>birth_year</c>, <c>ssn_last_four</c> and a masked <c>a_number</c>; the full date of
/// birth, SSN and A-number are absent unless <see cref="RedactionOptions.IncludeRawValues"/> opts in (<c>raw</c>).
/// A minor's street address, telephone and e-mail are never shown: a minor signs nothing, the next friend does.</summary>
internal static class RedactedPetitionerView
{
    /// <param name="petitioner">The petitioner.</param>
    /// <param name="options">What privacy lets the template see.</param>
    /// <param name="applicationReceipt">The application's own receipt number: a petitioner's receipt that is the same
    /// number, however its dashes and spaces are written, is the application itself and is not pleaded a second time.</param>
    public static ScriptObject Create(Petitioner petitioner, RedactionOptions options, string? applicationReceipt = null)
    {
        var redacted = RedactedPetitioner.Create(petitioner, options);
        var view = new ScriptObject(StringComparer.Ordinal)
        {
            { "name", redacted.DisplayName },
            { "display_name", redacted.DisplayName },
            { "role", Words.Of(redacted.Role) },
            { "birth_year", redacted.BirthYear },
            { "ssn_last_four", redacted.SsnLastFour },
            { "a_number", redacted.ANumber },
            { "receipt_number", SameReceipt(petitioner.ReceiptNumber, applicationReceipt) ? null : petitioner.ReceiptNumber },
            { "county", redacted.County },
            { "state", redacted.State },

            // A minor's residence is pleaded by state alone, so the sentence needs the state's name, not its code.
            { "state_name", StateName(redacted.State) },
            { "is_minor", redacted.IsMinor },
            { "residence_district", petitioner.ResidenceDistrict },
            { "residence", petitioner.IsMinor || petitioner.Residence is null ? null : Address(petitioner.Residence) },
            { "is_organization", petitioner.Organization is not null },
            { "organization", petitioner.Organization is null ? null : OrganizationView(petitioner.Organization) },

            // A pro se signature block gives each adult's telephone and e-mail (Fed. R. Civ. P. 11(a)); a minor signs nothing.
            { "phone", petitioner.IsMinor ? null : petitioner.Phone },
            { "email", petitioner.IsMinor ? null : petitioner.Email },
            { "status", petitioner.Status },
            { "next_friend", petitioner.NextFriend is null ? null : NextFriend(petitioner.NextFriend) },
        };
        if (options.IncludeRawValues)
        {
            view.Add("raw", new ScriptObject(StringComparer.Ordinal)
            {
                { "name", redacted.RawName },
                { "date_of_birth", redacted.RawDateOfBirth?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
                { "ssn", redacted.RawSsn },
                { "a_number", petitioner.ANumber },
            });
        }

        return view;
    }

    private static bool SameReceipt(string? receipt, string? applicationReceipt) =>
        ReceiptNumber.TryParse(receipt, out var own) && ReceiptNumber.TryParse(applicationReceipt, out var application)
        && string.Equals(own.Value, application.Value, StringComparison.Ordinal);

    private static string? StateName(string? stateCode) =>
        stateCode is null ? null : FederalDistricts.ForState(stateCode.Trim()) is [var first, ..] ? first.StateName : stateCode;

    // An organization has no privacy interest under Fed. R. Civ. P. 5.2, so its details pass as entered.
    private static ScriptObject OrganizationView(Organization organization) => new(StringComparer.Ordinal)
    {
        { "principal_place_of_business", Address(organization.PrincipalPlaceOfBusiness) },
        { "mission", organization.Mission },
        { "interest_in_records", organization.InterestInRecords },
    };

    private static ScriptObject NextFriend(NextFriend nextFriend) => new(StringComparer.Ordinal)
    {
        { "name", nextFriend.Name },
        { "capacity", Words.Of(nextFriend.Capacity) },
        { "capacity_text", Words.Phrase(nextFriend.Capacity) },
        { "relationship", nextFriend.Relationship },
        { "petitioner_index", nextFriend.PetitionerIndex },
    };

    /// <summary>The shape of what <see cref="Create"/> makes, raw values included, for checking templates before any data.</summary>
    public static DataShape Shape(string path)
    {
        string[] values = ["name", "display_name", "role", "birth_year", "ssn_last_four", "a_number", "receipt_number", "county", "state", "state_name", "is_minor", "residence_district", "phone", "email", "status", "harmed", "is_organization"];
        string[] raw = ["name", "date_of_birth", "ssn", "a_number"];
        return DataShape.Object(path, values.Select(v => KeyValuePair.Create(v, DataShape.Value($"{path}.{v}")))
            .Append(KeyValuePair.Create("residence", JsonShape.Of(PetitionJsonContext.Default, typeof(PostalAddress), path + ".residence")))
            .Append(KeyValuePair.Create("next_friend", JsonShape.Of(PetitionJsonContext.Default, typeof(NextFriend), path + ".next_friend")
                .With([KeyValuePair.Create("capacity_text", DataShape.Value(path + ".next_friend.capacity_text"))])))
            .Append(KeyValuePair.Create("signs_for", DataShape.List(path + ".signs_for", DataShape.Value(path + ".signs_for[]"))))
            .Append(KeyValuePair.Create("organization", JsonShape.Of(PetitionJsonContext.Default, typeof(Organization), path + ".organization")))
            .Append(KeyValuePair.Create("raw", DataShape.Object(path + ".raw", raw.Select(r => KeyValuePair.Create(r, DataShape.Value($"{path}.raw.{r}")))))));
    }

    // A field left blank ("state": "") is absent: a template testing for the state must fall back to the country, not
    // print a gap where the state would be.
    private static ScriptObject Address(PostalAddress address) => ScriptRecords.ToObject(
        address with
        {
            Lines = [.. address.Lines.Where(l => !string.IsNullOrWhiteSpace(l))],
            City = Present(address.City),
            County = Present(address.County),
            State = Present(address.State),
            PostalCode = Present(address.PostalCode),
            Country = Present(address.Country),
        },
        PetitionJsonContext.Default.PostalAddress);

    private static string? Present(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
