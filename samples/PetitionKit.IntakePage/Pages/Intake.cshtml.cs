using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PetitionKit.Catalogs;
using PetitionKit.IntakePage.Intake;
using PetitionKit.Model;
using PetitionKit.Templates;
using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Drafting;

namespace PetitionKit.IntakePage.Pages;

/// <summary>Every step of the intake. The petition travels in the form as its JSON; each post binds the step's fields
/// into it, runs the validator and shows the same step again (with the issues beside their fields) or the next one.</summary>
/// <param name="clock">Gives the as-of date.</param>
public sealed class IntakeModel(IntakeClock clock) : PageModel
{
    // The validator's code for an exhibit letter no exhibit has (docs/diagnostics.md).
    private const string ExhibitLabelUnknown = "PK1112";

    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Gets the step shown.</summary>
    public IntakeStep Step { get; private set; } = Steps.CaseType;

    /// <summary>Gets the petition as it stands.</summary>
    public PetitionState State { get; private set; } = PetitionState.Empty;

    /// <summary>Gets the index of the furthest step reached; issues show on the steps before it and on the one just sent.</summary>
    public int Reached { get; private set; }

    /// <summary>Gets what the validator says.</summary>
    public IntakeCheck Check { get; private set; } = new([], null);

    /// <summary>Gets whether the step's issues are shown: it was sent, or it was passed before.</summary>
    public bool ShowIssues { get; private set; }

    private readonly List<Diagnostic> _pageIssues = [];

    /// <summary>Gets the court search's words.</summary>
    public string? CourtQuery { get; private set; }

    /// <summary>Gets the as-of date.</summary>
    public DateOnly AsOf => clock.AsOf;

    /// <summary>Gets the drafted complaint, on the review step when the petition can be drafted.</summary>
    public Draft? Draft { get; private set; }

    /// <summary>Gets the first page of the draft as a data URI, when LibreOffice drew it.</summary>
    public string? FirstPage { get; private set; }

    /// <summary>Gets the delay picture and its legend, when the facts allow one.</summary>
    public (string Svg, IReadOnlyList<string> Legend)? Picture { get; private set; }

    /// <summary>Gets a note for the person (a download that could not be made).</summary>
    public string? Notice { get; private set; }

    /// <summary>Gets every issue this step shows: the validator's and the page's own.</summary>
    public IEnumerable<Diagnostic> Issues => ShowIssues ? Check.Issues.Concat(_pageIssues) : _pageIssues;

    /// <summary>Gets the issues beside one field.</summary>
    /// <param name="field">The field.</param>
    /// <returns>Errors first, then warnings.</returns>
    public IReadOnlyList<Diagnostic> IssuesOf(Field field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return [.. Issues.Where(i => field.Owns(i.Path)).OrderByDescending(i => i.Severity == DiagnosticSeverity.Error)];
    }

    /// <summary>Gets the step's issues that no field on it owns, and the issues of the whole petition on the review step.</summary>
    /// <param name="fields">The step's fields.</param>
    /// <returns>The issues.</returns>
    public IReadOnlyList<Diagnostic> LooseIssues(IReadOnlyList<Field> fields) =>
        [.. Issues.Where(i => (Step.Holds(i.Path) || (Step == Steps.CaseType && i.Path.Length == 0)) && !fields.Any(f => f.Owns(i.Path)) && !(Step == Steps.CaseType && string.Equals(i.Path, "case_type", StringComparison.Ordinal)))];

    /// <summary>Gets the step that holds an issue, for the review step's links.</summary>
    /// <param name="issue">The issue.</param>
    /// <returns>The step, or the case-type step for an issue about the whole petition.</returns>
    public static IntakeStep StepOf(Diagnostic issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return Steps.All.FirstOrDefault(s => s.Holds(issue.Path)) ?? Steps.CaseType;
    }

    /// <summary>Shows a step of a new, empty petition.</summary>
    /// <param name="step">The step's id.</param>
    public void OnGet(string? step) => Step = Steps.Find(step);

    /// <summary>Binds the step's fields and does what the pressed button asks.</summary>
    /// <param name="step">The step's id.</param>
    /// <returns>The next page, or a download.</returns>
    public async Task<IActionResult> OnPostAsync(string? step)
    {
        Step = Steps.Find(step);
        if (PetitionState.TryParse(Request.Form["petition"]) is not { } state)
        {
            return Redirect("/?problem=upload");
        }

        State = state;
        Reached = int.TryParse(Request.Form["reached"], NumberStyles.None, CultureInfo.InvariantCulture, out var reached) ? Math.Clamp(reached, 0, Steps.All.Count - 1) : 0;
        CourtQuery = ((string?)Request.Form["court_query"])?.Trim();
        var act = (string?)Request.Form["act"] ?? "next";
        // Enter in the court search box sends the form with its first button, "continue". When the search words are
        // not the ones the list was narrowed by, the person was searching: the page narrows the list and stays. (The
        // page's script narrows the list as the person types and keeps Enter from sending at all.)
        if (Step == Steps.Court && string.Equals(act, "next", StringComparison.Ordinal)
            && !string.Equals(CourtQuery ?? string.Empty, ((string?)Request.Form["court_query_shown"])?.Trim() ?? string.Empty, StringComparison.Ordinal))
        {
            act = "search";
        }

        Bind();

        if (act is "save" or "docx" or "packet" or "pdf")
        {
            return act is "save"
                ? File(Encoding.UTF8.GetBytes(State.ToJson()), "application/json", "petition.json")
                : await DownloadAsync(act).ConfigureAwait(false);
        }

        var stay = Act(act);
        if (Step == Steps.Relief)
        {
            Defendants.FillBlanks(State);
        }

        var shown = Steps.All.ToList().IndexOf(Step);
        ShowIssues = stay || shown < Reached || Step == Steps.Review;
        Reached = Math.Max(Reached, shown);
        Check = IntakeCheck.Run(State, AsOf);
        if (!ShowIssues)
        {
            _pageIssues.Clear();
        }

        await PrepareAsync().ConfigureAwait(false);
        return Page();
    }

    /// <summary>Reads a petition file saved earlier and shows the review step with everything it says.</summary>
    /// <param name="upload">The file.</param>
    /// <returns>The review step, or the start page saying the file is not a petition.</returns>
    public async Task<IActionResult> OnPostUploadAsync(IFormFile? upload)
    {
        if (upload is null || upload.Length > PetitionState.MaxJsonChars)
        {
            return Redirect("/?problem=upload");
        }

        using var reader = new StreamReader(upload.OpenReadStream(), Encoding.UTF8);
        if (PetitionState.TryParse(await reader.ReadToEndAsync(HttpContext.RequestAborted).ConfigureAwait(false)) is not { } state)
        {
            return Redirect("/?problem=upload");
        }

        State = state;
        Step = Steps.Review;
        Reached = Steps.All.Count - 1;
        ShowIssues = true;
        Check = IntakeCheck.Run(State, AsOf);
        await PrepareAsync().ConfigureAwait(false);
        return Page();
    }

    // Does what the pressed button asks; true keeps the person on the step.
    private bool Act(string act)
    {
        var index = Steps.All.ToList().IndexOf(Step);
        var stay = false;
        switch (act)
        {
            case "start":
                Reached = 0;
                break;
            case "check":
                stay = true;
                break;
            case "search":
                // A search only narrows the list: it is not a check of the page, so it shows no errors yet.
                break;
            case "foia":
                var before = Steps.CaseTypeOf(State);
                State.Set("case_type", Steps.JsonName(Model.CaseType.FoiaRecords));
                Prefill(before, Model.CaseType.FoiaRecords);
                stay = true;
                break;
            case var change when change.StartsWith("organization:", StringComparison.Ordinal) || change.StartsWith("person:", StringComparison.Ordinal) || change.StartsWith("add-default:", StringComparison.Ordinal):
                Change(change);
                break;
            case "back":
                Step = Steps.All[Math.Max(0, index - 1)];
                break;
            case var add when add.StartsWith("add:", StringComparison.Ordinal):
                // A prayer item is a sentence; every other list holds objects.
                State.Add(add[4..], add.EndsWith(".requests", StringComparison.Ordinal) ? JsonValue.Create(string.Empty) : new JsonObject());
                break;
            case var remove when remove.StartsWith("remove:", StringComparison.Ordinal):
                State.Remove(remove[7..]);
                break;
            case var go when go.StartsWith("go:", StringComparison.Ordinal):
                Step = Steps.Find(go[3..]);
                break;
            default:
                Check = IntakeCheck.Run(State, AsOf);
                PageChecks();
                stay = Blocks();
                if (!stay)
                {
                    Step = Steps.All[Math.Min(Steps.All.Count - 1, index + 1)];
                }

                break;
        }

        return stay;
    }

    // Turns a petitioner into an organization or back, or adds one of the catalog's optional defendants.
    private void Change(string act)
    {
        var (what, item) = (act[..act.IndexOf(':', StringComparison.Ordinal)], act[(act.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        switch (what)
        {
            case "organization":
                Parties.MakeOrganization(State, item);
                break;
            case "person":
                Parties.MakePerson(State, item);
                break;
            default:
                if (Steps.CaseTypeOf(State) is { } current
                    && int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var which)
                    && CaseTypeCatalog.Get(current).DefaultOfficials.ElementAtOrDefault(which) is { } official)
                {
                    Defendants.Add(State, official);
                }

                break;
        }
    }

    private void Bind()
    {
        var before = State.Text("case_type");
        var courtBefore = State.Text("court.court_id");
        var divisionBefore = State.Text("court.division");
        if (Step == Steps.CaseType && Request.Form.ContainsKey("case_type"))
        {
            State.Set("case_type", Value((string?)Request.Form["case_type"]));
        }

        foreach (var field in Steps.Sections(Step, State, CourtQuery).SelectMany(s => s.Fields))
        {
            var posted = Request.Form[field.Path];
            if (field.Kind is not (FieldKind.Check or FieldKind.Many) && posted.Count == 0)
            {
                continue;
            }

            var text = ((string?)posted)?.Trim();
            State.Set(field.Path, field.Kind switch
            {
                FieldKind.Check => posted.Count > 0 ? JsonValue.Create(true) : null,
                FieldKind.Many => posted.Count > 0 ? new JsonArray([.. posted.Where(v => !string.IsNullOrEmpty(v)).Select(v => (JsonNode)JsonValue.Create(v!))]) : null,
                FieldKind.YesNo => text switch { "true" => JsonValue.Create(true), "false" => JsonValue.Create(false), _ => null },
                FieldKind.Number or FieldKind.Choice when field.Kind == FieldKind.Number || field.NumericChoice =>
                    decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : Value(text),
                _ => Value(text),
            });
        }

        State.Compact("relief.requests");
        if (Steps.CaseTypeOf(State) is { } chosen && !string.Equals(before, State.Text("case_type"), StringComparison.Ordinal))
        {
            Prefill(Steps.CaseTypeOf(PetitionStateWith(before)), chosen);
        }

        // A court changed to another must not keep the old court's division (one typed with the change is the new
        // court's), and a district with a list of divisions keeps only one of them. A division typed for a district the
        // list does not cover is kept as typed.
        var courtId = State.Text("court.court_id");
        var courtChanged = courtBefore is not null && !string.Equals(courtBefore, courtId, StringComparison.Ordinal);
        if (State.Text("court.division") is { } division
            && ((courtChanged && string.Equals(division, divisionBefore, StringComparison.Ordinal))
                || (FederalDistricts.Find(courtId ?? string.Empty) is { Divisions.Count: > 0 } district
                && !district.Divisions.Contains(division, StringComparer.Ordinal))))
        {
            State.Set("court.division", null);
        }
    }

    private static PetitionState PetitionStateWith(string? caseType)
    {
        var state = PetitionState.Empty;
        state.Set("case_type", caseType is null ? null : JsonValue.Create(caseType));
        return state;
    }

    // A new case type brings its catalog's defaults where the person has not entered anything yet (or where the
    // earlier case type's defaults are still untouched): the agency, the form and the usual defendants, all editable.
    // A default with a blank in brackets is never put where a name belongs: the agency stays empty, and a defendant's
    // title keeps its blank only until the petition answers it (Defendants.FillBlanks) or the person does.
    private void Prefill(CaseType? before, CaseType caseType)
    {
        var profile = CaseTypeCatalog.Get(caseType);
        var earlier = before is { } b ? CaseTypeCatalog.Get(b) : null;
        // The agency that holds the matter is the one most of the usual defendants serve in (USCIS for an I-485, not
        // the department above it, nor the FBI the catalog names only on a deliberate choice).
        var agency = profile.DefaultOfficials.Where(o => !o.IsOptional && !o.Agency.Contains('[', StringComparison.Ordinal))
            .GroupBy(o => o.Agency, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        if (agency is not null && (State.Text("agency") is null || (earlier is not null && earlier.DefaultOfficials.Any(o => string.Equals(o.Agency, State.Text("agency"), StringComparison.Ordinal)))))
        {
            State.Set("agency", agency);
        }

        if (State.Count("officials") == 0 || (earlier is not null && Defendants.AreDefaultsOf(State, earlier)))
        {
            State.Set("officials", null);
            Defendants.Prefill(State, profile);
        }

        var form = profile.Form ?? (caseType == Model.CaseType.FoiaRecords ? "FOIA request" : null);
        if (form is not null && (State.Text("application.form") is null || string.Equals(State.Text("application.form"), earlier?.Form, StringComparison.Ordinal)))
        {
            State.Set("application.form", form);
        }
    }

    private void PageChecks()
    {
        if (Step == Steps.Court && FederalDistricts.Find(State.Text("court.court_id") ?? string.Empty) is { Divisions.Count: > 0 } district && State.Text("court.division") is null)
        {
            _pageIssues.Add(new Diagnostic("division", DiagnosticSeverity.Error, "court.division", $"Choose the division of the {district.Name}; the caption names it."));
        }
    }

    // The person stays on a step while an error sits at one of its fields, or while the case type gets no draft.
    private bool Blocks()
    {
        if (Step == Steps.CaseType && Steps.CaseTypeOf(State) is { } caseType && BuiltInTemplates.ForCaseType(caseType) is null)
        {
            return true;
        }

        var fields = Steps.Sections(Step, State, CourtQuery).SelectMany(s => s.Fields).ToList();
        if (Step == Steps.CaseType)
        {
            fields.Add(new Field("case_type", string.Empty, FieldKind.Choice, string.Empty, true));
        }

        // The exhibits are listed on the delay step: an exhibit letter entered before it is reached is not yet an
        // error that keeps the person here (it still shows beside its field).
        var exhibitsListed = Reached >= Steps.All.ToList().IndexOf(Steps.Delay);
        return Check.Errors.Concat(_pageIssues)
            .Where(i => exhibitsListed || !string.Equals(i.Code, ExhibitLabelUnknown, StringComparison.Ordinal))
            .Any(i => fields.Any(f => f.Owns(i.Path)));
    }

    private async Task PrepareAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        if ((Step == Steps.Delay || Step == Steps.Review) && Readable() is { } petition)
        {
            Picture = DelayPicture.Draw(petition, PetitionDrafter.Analyze(petition, AsOf));
        }

        if (Step == Steps.Review && Check.Petition is { } valid)
        {
            Draft = await Drafts.ComplaintAsync(valid, AsOf, cancellationToken).ConfigureAwait(false);
            if (Draft is not null && await LibreOfficePreview.FirstPageAsync(Draft.Docx, cancellationToken).ConfigureAwait(false) is { } png)
            {
                FirstPage = LibreOfficePreview.DataUri(png);
            }
        }
    }

    // The delay can be drawn once the facts it is drawn from (the court, the application, its timeline and the posted
    // time) read without errors, even while other steps still have some.
    private Petition? Readable()
    {
        if (Check.Petition is { } valid)
        {
            return valid;
        }

        string[] drawnFrom = ["case_type", "court", "application", "timeline", "processing_time"];
        if (Check.Errors.Any(e => e.Path.Length == 0 || string.Equals(e.Code, IntakeCheck.MissingRequired, StringComparison.Ordinal)
            || drawnFrom.Any(area => e.Path.StartsWith(area, StringComparison.Ordinal))))
        {
            return null;
        }

        try
        {
            return Json.PetitionJson.Read(State.ToJson());
        }
        catch (PetitionValidationException)
        {
            return null;
        }
    }

    private async Task<IActionResult> DownloadAsync(string what)
    {
        Check = IntakeCheck.Run(State, AsOf);
        var cancellationToken = HttpContext.RequestAborted;
        if (Check.Petition is { } petition && await Drafts.ComplaintAsync(petition, AsOf, cancellationToken).ConfigureAwait(false) is { } draft)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"{draft.TemplateId}-draft-{AsOf:yyyy-MM-dd}");
            switch (what)
            {
                case "docx":
                    return File(draft.Docx, DocxType, name + ".docx");
                case "packet":
                    return File(await Drafts.PacketAsync(petition, AsOf, cancellationToken).ConfigureAwait(false), "application/zip", name.Replace("-draft-", "-packet-", StringComparison.Ordinal) + ".zip");
                default:
                    if (await LibreOfficePreview.PdfAsync(draft.Docx, cancellationToken).ConfigureAwait(false) is { } pdf)
                    {
                        return File(pdf, "application/pdf", name + ".pdf");
                    }

                    Notice = "The PDF preview needs LibreOffice, which this server does not have; download the .docx instead.";
                    break;
            }
        }
        else
        {
            Notice = "Nothing can be downloaded until every error is fixed.";
        }

        Step = Steps.Review;
        Reached = Steps.All.Count - 1;
        ShowIssues = true;
        await PrepareAsync().ConfigureAwait(false);
        return Page();
    }

    private static JsonValue? Value(string? text) => string.IsNullOrWhiteSpace(text) ? null : JsonValue.Create(text.Trim());

    /// <summary>Gets the "Before you file" items of the draft's checklist.</summary>
    public IReadOnlyList<ChecklistItem> BeforeYouFile => Draft?.Report.Checklist.Where(i => i.Category == ChecklistCategory.BeforeYouFile).ToList() ?? [];
}
