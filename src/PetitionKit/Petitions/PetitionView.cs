using PetitionKit.Catalogs;
using PetitionKit.Deadlines;
using PetitionKit.Model;
using PetitionKit.Validation;
using PetitionKit.Word.Drafting;
using PetitionKit.Word.Functions;
using Scriban.Runtime;

namespace PetitionKit.Petitions;

/// <summary>What a petition template sees: the petition's own JSON with Fed. R. Civ. P. 5.2 applied to petitioners,
/// plus <c>analysis</c> (the delay analysis), <c>profile</c> (the case type's catalog entry), <c>district</c>,
/// <c>pleaded_claims</c> (the counts to plead), <c>duty_sources</c> (the duty sources by role) and <c>cite</c>; and the review items the analysis raises for the checklist.</summary>
internal sealed class PetitionView
{
    private readonly CitationFunction _citations = new();

    private PetitionView(Petition petition) => Petition = petition;

    public Petition Petition { get; }

    public ScriptObject Data { get; private set; } = null!;

    public IReadOnlyList<ChecklistItem> RaisedItems { get; private set; } = [];

    /// <summary>Makes the view of a validated petition, reading the catalog the validation read.</summary>
    /// <param name="typed">The validated petition.</param>
    /// <param name="asOf">The draft's date.</param>
    /// <param name="redaction">How identifiers are masked.</param>
    /// <param name="validation">The petition's validation, whose warnings become review items.</param>
    /// <param name="catalog">The catalog the validation read.</param>
    /// <param name="firm">The organization's own data (<see cref="FirmView"/>); an empty object when it passes none.</param>
    public static PetitionView Create(Petition typed, DateOnly asOf, RedactionOptions redaction, ValidationReport validation, IPetitionCatalog catalog, ScriptObject? firm = null)
    {
        // Everything below reads the petition with privacy applied to its free text, so no template sees a typed SSN.
        var masked = MaskedFreeText.Of(typed, redaction);
        var petition = masked.Petition;
        var view = new PetitionView(petition);
        // The petitioners are made as privacy leaves them; their records are never turned into template values at all.
        var petitionerViews = petition.Petitioners.Select(p => RedactedPetitionerView.Create(p, redaction, petition.Application.ReceiptNumber)).ToList();
        var petitioners = new ScriptArray(petitionerViews);
        var data = ScriptRecords.ToObject(petition, PetitionJsonContext.Default.Petition, new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["petitioners"] = petitioners,
        });
        data.SetValue("petitioner", petitioners.Count > 0 ? petitioners[0] : null, readOnly: false);
        PartiesView.Add(data, petition, petitionerViews);
        var analysis = DelayCalculator.Summarize(petition, asOf, catalog);
        var profile = ApplicableReviewItems.For(catalog.GetProfile(petition.CaseType), petition, validation);
        var district = catalog.FindFederalDistrict(petition.Court.CourtId);
        data.SetValue("analysis", ViewJson.ToScript(analysis), readOnly: false);
        data.SetValue("profile", ViewJson.ToScript(profile), readOnly: false);
        data.SetValue("district", district is null ? null : ViewJson.ToScript(district), readOnly: false);
        data.SetValue("duty_sources", DutySourcesView.For(petition, profile), readOnly: false);
        data.SetValue("pleaded_claims", new ScriptArray(PleadedClaims.For(petition, profile).Select(Words.Of)), readOnly: false);
        data.SetValue(FirmView.Name, firm ?? new ScriptObject(StringComparer.Ordinal), readOnly: false);
        ScriptFunctions.Add(data, "cite", new Func<string, string>(view._citations.Cite));
        view.Data = data;
        // The free-text privacy warnings are said once, as what was masked where.
        var warnings = new ValidationReport([.. validation.Issues.Where(i => !FreeTextPrivacyRules.IsOwnCode(i.Code))]);
        view.RaisedItems = [.. RaisedReviewItems.For(petition, asOf, analysis, profile, district, warnings), .. masked.Items];
        return view;
    }

    /// <summary>The citations the render used, for the checklist; read after the render.</summary>
    public IEnumerable<ChecklistItem> CitedItems() => _citations.Items();

    /// <summary>Known birth dates, so the privacy scan can tell a date of birth from any other date.</summary>
    public IReadOnlyCollection<DateOnly> BirthDates =>
        Petition.Petitioners.Where(p => p.DateOfBirth is not null).Select(p => p.DateOfBirth!.Value).ToList();

    /// <summary>Checklist items for what the privacy scan finds in the draft's text, knowing the petitioners' birth dates.</summary>
    public IReadOnlyList<ChecklistItem> PrivacyItems(string partDescription, ReadOnlySpan<char> text) =>
        PrivacyChecklist.Items(partDescription, text, BirthDates);
}
