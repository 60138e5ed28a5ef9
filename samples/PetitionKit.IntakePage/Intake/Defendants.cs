using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PetitionKit.Catalogs;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.IntakePage.Intake;

/// <summary>The defendants the catalog suggests for a case type. Its titles hold blanks in brackets, such as
/// "Field Office Director, USCIS [City] Field Office"; the page fills a blank from what the petition already says (the
/// receipt number's office, the office that holds the file, the FOIA agency) and otherwise shows it as an error to fix,
/// never as a defendant's name.</summary>
public static partial class Defendants
{
    /// <summary>The code of the page's own issue about a blank left in brackets.</summary>
    public const string BlankCode = "intake-blank";

    /// <summary>Names the case type's usual defendants: those the catalog names by default, not the optional ones,
    /// which the relief step offers one by one.</summary>
    /// <param name="state">The petition, whose list of defendants is empty.</param>
    /// <param name="profile">The case type's profile.</param>
    public static void Prefill(PetitionState state, CaseTypeProfile profile)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(profile);
        foreach (var official in profile.DefaultOfficials.Where(o => !o.IsOptional))
        {
            Add(state, official);
        }
    }

    /// <summary>Adds one of the catalog's defendants.</summary>
    /// <param name="state">The petition.</param>
    /// <param name="official">The catalog's defendant.</param>
    public static void Add(PetitionState state, OfficialTemplate official)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(official);
        state.Add("officials", new JsonObject { ["title"] = official.Title, ["agency"] = official.Agency, ["role"] = Steps.JsonName(official.Role) });
    }

    /// <summary>Gets whether the petition's defendants are still the ones a case type's profile put there, untouched:
    /// those give way when the case type changes.</summary>
    /// <param name="state">The petition.</param>
    /// <param name="profile">The earlier case type's profile.</param>
    /// <returns><see langword="true"/> when every defendant is one of the profile's, by role, with no name added.</returns>
    public static bool AreDefaultsOf(PetitionState state, CaseTypeProfile profile)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(profile);
        var roles = profile.DefaultOfficials.Select(o => Steps.JsonName(o.Role)).ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(0, state.Count("officials")).All(i =>
            roles.Contains(state.Text(Item(i, "role")) ?? string.Empty) && state.Text(Item(i, "person_name")) is null);
    }

    /// <summary>Fills each blank in brackets that the petition already answers: the service center from the receipt
    /// number's three letters, the field office or asylum office from the office that holds the file, and a FOIA
    /// defendant from the agency named on the first step. A title the person has changed is left as it is.</summary>
    /// <param name="state">The petition.</param>
    public static void FillBlanks(PetitionState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var receiptOffice = state.Text("application.receipt_number") is { } receipt ? ReceiptOffices.ForReceiptNumber(receipt) : null;
        var office = state.Text("application.office");
        var agency = state.Text("agency");
        for (var i = 0; i < state.Count("officials"); i++)
        {
            if (state.Text(Item(i, "title")) is not { } title || !title.Contains('[', StringComparison.Ordinal))
            {
                continue;
            }

            switch (state.Text(Item(i, "role")))
            {
                case "service_center_director" or "national_benefits_center_director" when receiptOffice is { DefaultOfficialTitle: { } officeTitle, OfficialRole: { } officeRole }:
                    state.Set(Item(i, "title"), officeTitle);
                    state.Set(Item(i, "role"), Steps.JsonName(officeRole));
                    break;
                case "field_office_director" when Place(office, "Field Office") is { } city:
                    state.Set(Item(i, "title"), Blank().Replace(title, city, 1));
                    break;
                case "asylum_office_director" when Place(office, "Asylum Office") is { } city:
                    state.Set(Item(i, "title"), Blank().Replace(title, city, 1));
                    break;
                case "agency" when agency is not null && !agency.Contains('[', StringComparison.Ordinal):
                    state.Set(Item(i, "title"), agency);
                    state.Set(Item(i, "agency"), agency);
                    break;
            }
        }
    }

    /// <summary>Finds every blank in brackets left in a defendant's title or agency, as an error beside that field.</summary>
    /// <param name="state">The petition.</param>
    /// <returns>The errors.</returns>
    public static IEnumerable<Diagnostic> Blanks(PetitionState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        for (var i = 0; i < state.Count("officials"); i++)
        {
            foreach (var (field, words) in new[] { ("title", "title"), ("agency", "agency") })
            {
                if (state.Text(Item(i, field)) is { } text && Blank().Match(text) is { Success: true } blank)
                {
                    yield return new Diagnostic(BlankCode, DiagnosticSeverity.Error, Item(i, field),
                        $"The {words} still has a blank to fill in: “{blank.Value}”. Write the real name in its place (from the latest notice), or remove this defendant.");
                }
            }
        }
    }

    /// <summary>Gets the catalog's note on when to name a defendant of this kind, for the defendant at a path.</summary>
    /// <param name="state">The petition.</param>
    /// <param name="item">The defendant's path, such as <c>officials[2]</c>.</param>
    /// <param name="profile">The case type's profile, if one is chosen.</param>
    /// <returns>The note, such as "Name it when the receipt or transfer notice shows the file at that center.", or
    /// <see langword="null"/>.</returns>
    public static string? WhenToName(PetitionState state, string item, CaseTypeProfile? profile)
    {
        ArgumentNullException.ThrowIfNull(state);
        var role = state.Text(item + ".role");
        return profile?.DefaultOfficials.FirstOrDefault(o => string.Equals(Steps.JsonName(o.Role), role, StringComparison.Ordinal)) is { } official
            ? $"When to name this defendant: {official.When}"
            : null;
    }

    // "Houston Field Office" or "USCIS Houston Field Office" gives "Houston"; anything else gives nothing.
    private static string? Place(string? office, string kind)
    {
        if (office is null || !office.EndsWith(" " + kind, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var place = office[..^(kind.Length + 1)].Trim();
        if (place.StartsWith("USCIS ", StringComparison.OrdinalIgnoreCase))
        {
            place = place[6..].Trim();
        }

        return place.Length > 0 && !place.Contains('[', StringComparison.Ordinal) ? place : null;
    }

    private static string Item(int index, string property) => string.Create(CultureInfo.InvariantCulture, $"officials[{index}].{property}");

    [GeneratedRegex(@"\[[^\]]*\]", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Blank();
}
