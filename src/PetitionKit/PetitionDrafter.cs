using System.Text.Json;
using PetitionKit.Catalogs;
using PetitionKit.Deadlines;
using PetitionKit.Model;
using PetitionKit.Packets;
using PetitionKit.Petitions;
using PetitionKit.Templates;
using PetitionKit.Validation;
using PetitionKit.Word;
using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Drafting;
using PetitionKit.Word.Rendering;
using PetitionKit.Word.Templates;
using Scriban.Runtime;

namespace PetitionKit;

/// <summary>Writes attorney-review drafts from compiled templates. Every document it writes carries the draft marks.</summary>
public static partial class PetitionDrafter
{
    /// <summary>Renders a template with JSON data whose keys reach the template exactly as written
    /// (<c>{"petitioner": {"name": "…"}}</c> is <c>{{ petitioner.name }}</c>). A value whose key names an identifier
    /// (<c>ssn</c>, <c>date_of_birth</c>, <c>a_number</c> and their spellings) is masked as a petition's is (Fed. R. Civ.
    /// P. 5.2), with a checklist item at its path; the draft's text is scanned for any identifier left.</summary>
    /// <param name="template">The compiled template.</param>
    /// <param name="data">A JSON object.</param>
    /// <param name="destination">Where the .docx draft is written; nothing is written when the render fails.</param>
    /// <param name="options">The render options; <see cref="RenderOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the render.</param>
    /// <returns>The render report: missing values, changed values and review items.</returns>
    /// <exception cref="ArgumentException"><paramref name="data"/> is not a JSON object.</exception>
    /// <exception cref="TemplateException">The render failed; every problem is listed.</exception>
    public static Task<RenderReport> RenderAsync(PetitionTemplate template, JsonElement data, Stream destination, RenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        options ??= RenderOptions.Default;
        // Any draft may quote an identifier from its data: a value whose key names it is masked as a petition's is, and
        // the privacy scan runs on plain-JSON renders too.
        var marks = new PetitionReviewMarks(static (part, text) => PrivacyChecklist.Items(part, text, null));
        return template.Word.RenderAsync(data, destination, options, RenderTarget.For(options, [], marks) with { PrepareData = PlainDataRedaction.Apply }, cancellationToken);
    }

    /// <summary>Drafts a petition: validates it (refusing with every error), analyses it, and renders it through a
    /// built-in or custom template with privacy applied and the analysis's review items in the checklist.</summary>
    /// <param name="petition">The petition.</param>
    /// <param name="template">The compiled template, such as one from the built-in templates.</param>
    /// <param name="destination">Where the .docx draft is written; nothing is written when drafting fails.</param>
    /// <param name="options">The render options; <see cref="RenderOptions.Default"/> when null.</param>
    /// <param name="redaction">How petitioners' identifiers reach the template (Fed. R. Civ. P. 5.2): years of birth, last
    /// four SSN digits, minors by initials and A-numbers masked by default (<see cref="RedactionOptions.Default"/> when
    /// null); raw values only with <see cref="RedactionOptions.IncludeRawValues"/>, as <c>petitioners[i].raw</c>.</param>
    /// <param name="firm">The organization's own data for the template (letterhead, matter number, anything), a JSON
    /// object read as <c>firm.*</c>; null for none. Any path under <c>firm</c> passes the petition-model check; a key
    /// the data lacks prints as a visible gap, and what is printed is scanned for identifiers like the rest of the draft.</param>
    /// <param name="cancellationToken">Cancels the render.</param>
    /// <returns>The render report, with the whole review checklist; its <see cref="RenderReport.Warnings"/> hold the
    /// petition's validation warnings first, then the template's and the render's.</returns>
    /// <exception cref="PetitionValidationException">The petition cannot be drafted, or a built-in template does not draft
    /// its case type (a custom template is not restricted); every problem is listed.</exception>
    /// <exception cref="TemplateException">The template reads a path the petition model does not have or calls an unknown
    /// function (see <see cref="PetitionTemplate.CheckPetitionModel"/>), the firm data holds text that is not valid
    /// Unicode, or the render failed; every problem is listed.</exception>
    /// <exception cref="ArgumentException"><paramref name="firm"/> is not a JSON object.</exception>
    public static async Task<RenderReport> DraftAsync(
        Petition petition, PetitionTemplate template, Stream destination, RenderOptions? options = null, RedactionOptions? redaction = null, JsonElement? firm = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(petition);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(destination);
        options ??= RenderOptions.Default;

        // The template's check against the petition model and the petition's validation do not depend on each other,
        // and in a fresh process each is mostly code running for the first time: they run side by side.
        var modelCheck = Task.Run(template.CheckPetitionModel, cancellationToken);

        // The one place a date enters a draft: read once, then fixed for validation, analysis and render alike.
        var asOf = options.ResolveAsOf();
        options = options with { AsOf = asOf };
        var catalog = PetitionCatalogs.Default;
        var validation = PetitionValidator.Validate(petition, asOf, catalog);

        // A path the petition model lacks would read as nothing in every draft: refuse the template first (checked once).
        if (await modelCheck.ConfigureAwait(false) is { Count: > 0 } modelErrors)
        {
            throw new TemplateException(modelErrors) { Tags = template.Tags };
        }

        if (TemplateFit.Check(template, petition.CaseType) is { } misfit)
        {
            validation = new ValidationReport([.. validation.Issues, misfit]);
        }

        validation.ThrowIfErrors();
        var firmView = FirmView.For(firm, template.Name);
        return await RenderValidatedAsync(petition, template, validation, options, redaction ?? RedactionOptions.Default, destination, cancellationToken, firmView).ConfigureAwait(false);
    }

    /// <summary>Renders a petition already validated as of <c>options.AsOf</c> through a template already checked against
    /// the petition model: the complaint of <see cref="DraftAsync"/> and of a filing packet alike.</summary>
    internal static async Task<RenderReport> RenderValidatedAsync(
        Petition petition, PetitionTemplate template, ValidationReport validation, RenderOptions options, RedactionOptions redaction, Stream destination, CancellationToken cancellationToken, ScriptObject? firm = null)
    {
        var view = PetitionView.Create(petition, options.ResolveAsOf(), redaction, validation, PetitionCatalogs.Default, firm);
        // Items about a petition field say where this render printed it; notes about a redacted value it never printed go.
        // Both are known only once the template has run, so the raised items come in with the citations it used.
        var reads = template.PetitionReads;
        var target = RenderTarget.For(options, [], new PetitionReviewMarks(view.PrivacyItems)) with
        {
            LateItems = printed =>
            [
                .. PetitionFieldPlaces.Place(UnprintedRedactions.Drop(view.RaisedItems, reads, printed), reads, printed, view.Data),
                .. view.CitedItems(),
            ],
        };
        var report = await TemplateRenderer.RenderAsync(template.Compiled, view.Data, options, target, destination, cancellationToken).ConfigureAwait(false);

        // The petition's warnings travel with the draft, so a caller shows them without validating a second time.
        return report with { Warnings = [.. validation.Issues.Where(issue => issue.Severity == DiagnosticSeverity.Warning), .. report.Warnings] };
    }

    /// <summary>Drafts a petition's filing packet (docs/legal-rules.md#the-filing-packet): validates the petition once,
    /// then writes the complaint, a JS 44 civil cover sheet worksheet, a summons for each defendant, a Fed. R. Civ. P.
    /// 4(i) service plan, a proposed order, optional 28 U.S.C. § 1746 verifications and the exhibit cover sheets, each an
    /// attorney-review draft with the draft marks and its own review checklist, all as of one day and from the same view of the petition.</summary>
    /// <param name="petition">The petition.</param>
    /// <param name="options">The packet options; <see cref="PacketOptions.Default"/> when null.</param>
    /// <param name="destination">Called once per document, in order, for the stream to write it to; the stream is written
    /// and flushed, not disposed. Never called when the petition is refused.</param>
    /// <param name="cancellationToken">Cancels drafting.</param>
    /// <returns>Each document written, with its render report.</returns>
    /// <exception cref="PetitionValidationException">The petition cannot be drafted; every problem is listed.</exception>
    /// <exception cref="TemplateException">The complaint template does not fit the petition model, or a render failed.</exception>
    public static Task<PacketReport> DraftPacketAsync(Petition petition, PacketOptions? options, Func<PacketDocument, Stream> destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(petition);
        ArgumentNullException.ThrowIfNull(destination);
        return PacketDrafter.DraftAsync(petition, options ?? PacketOptions.Default, destination, cancellationToken);
    }

    /// <summary>Analyses a petition's delay as a draft states it: the same <see cref="DelaySummary"/> as
    /// <see cref="DelayCalculator.Summarize(Petition, DateOnly)"/>, but read from the petition with Fed. R. Civ. P. 5.2
    /// applied to its free text, so a full SSN or a minor's name typed into a harm is never shown on a console or a page.</summary>
    /// <param name="petition">The petition; it need not be valid.</param>
    /// <param name="asOf">The day the analysis speaks as of.</param>
    /// <param name="redaction">How identifiers are masked; <see cref="RedactionOptions.Default"/> when null.</param>
    /// <returns>The analysis, its TRAC facts quoting the masked text.</returns>
    public static DelaySummary Analyze(Petition petition, DateOnly asOf, RedactionOptions? redaction = null)
    {
        ArgumentNullException.ThrowIfNull(petition);
        return DelayCalculator.Summarize(MaskedFreeText.Of(petition, redaction ?? RedactionOptions.Default).Petition, asOf);
    }

    /// <summary>Writes a render's review checklist as its own draft-marked document, for
    /// <see cref="ChecklistPlacement.SeparateDocument"/>.</summary>
    /// <param name="report">The report of the render whose checklist is written.</param>
    /// <param name="destination">Where the .docx checklist is written.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the checklist is written.</returns>
    public static Task WriteChecklistAsync(RenderReport report, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        // The draft's own wording; the items are the report's, already merged as the draft listed them.
        return WordTemplate.WriteChecklistAsync(report, destination, PetitionReviewMarks.Marking, PetitionReviewMarks.WithoutScan, cancellationToken);
    }
}
