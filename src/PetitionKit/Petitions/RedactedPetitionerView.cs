using PetitionKit.Model;
using PetitionKit.Rendering;
using Scriban.Runtime;

namespace PetitionKit.Petitions;

/// <summary>A petitioner as templates see them (Fed. R. Civ. P. 5.2(a)): <c>name</c> is the pseudonym, a minor's
/// initials or the full name; <c>birth_year</c>, <c>ssn_last_four</c> and a masked <c>a_number</c>; the full date of
/// birth, SSN and A-number are absent unless <see cref="RedactionOptions.IncludeRawValues"/> opts in (<c>raw</c>).</summary>
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

            // A pro se signature block gives each adult's telephone and e-mail (Fed. R. Civ. P. 11(a)); a minor signs nothing.
            { "phone", petitioner.IsMinor ? null : petitioner.Phone },
            { "email", petitioner.IsMinor ? null : petitioner.Email },
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

    /// <summary>The shape of what <see cref="Create"/> makes, raw values included, for checking templates before any data.</summary>
    public static DataShape Shape(string path)
    {
        string[] values = ["name", "display_name", "role", "birth_year", "ssn_last_four", "a_number", "county", "state", "is_minor", "residence_district", "phone", "email"];
        string[] raw = ["name", "date_of_birth", "ssn", "a_number"];
        return DataShape.Object(path, values.Select(v => KeyValuePair.Create(v, DataShape.Value($"{path}.{v}")))
            .Append(KeyValuePair.Create("residence", JsonShape.Of(Json.PetitionJsonContext.Default, typeof(PostalAddress), path + ".residence")))
            .Append(KeyValuePair.Create("raw", DataShape.Object(path + ".raw", raw.Select(r => KeyValuePair.Create(r, DataShape.Value($"{path}.raw.{r}")))))));
    }

    private static ScriptObject Address(PostalAddress address)
    {
        var json = System.Text.Json.JsonSerializer.SerializeToElement(address, Json.PetitionJsonContext.Default.PostalAddress);
        return Rendering.JsonData.ToObject(json);
    }
}
