using PetitionKit.Model;
using Scriban.Runtime;

namespace PetitionKit.Petitions;

/// <summary>A petitioner as templates see them (Fed. R. Civ. P. 5.2(a)): <c>name</c> is the pseudonym, a minor's
/// initials or the full name; <c>birth_year</c>, <c>ssn_last_four</c> and a masked <c>a_number</c>; the full date of
/// birth, SSN and A-number are absent unless <see cref="RedactionOptions.IncludeRawValues"/> opts in (<c>raw</c>).
/// A minor's street address, telephone and e-mail are never shown: a minor signs nothing, the next friend does.</summary>
internal static class RedactedPetitionerView
{
    public static ScriptObject Create(Petitioner petitioner, RedactionOptions options)
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
            { "county", redacted.County },
            { "state", redacted.State },
            { "is_minor", redacted.IsMinor },
            { "residence_district", petitioner.ResidenceDistrict },
            { "residence", petitioner.IsMinor || petitioner.Residence is null ? null : Address(petitioner.Residence) },
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

    private static ScriptObject NextFriend(NextFriend nextFriend) => new(StringComparer.Ordinal)
    {
        { "name", nextFriend.Name },
        { "capacity", Words.Of(nextFriend.Capacity) },
        { "capacity_text", Words.Phrase(nextFriend.Capacity) },
        { "relationship", nextFriend.Relationship },
        { "petitioner_index", nextFriend.PetitionerIndex },
    };

    private static ScriptObject Address(PostalAddress address)
    {
        var json = System.Text.Json.JsonSerializer.SerializeToElement(address, Json.PetitionJsonContext.Default.PostalAddress);
        return Rendering.JsonData.ToObject(json);
    }
}
