using System.Collections.Concurrent;
using System.Text.Json;
using PetitionKit.Word.Checking;
using PetitionKit.Word.Compiling;
using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Drafting;
using PetitionKit.Word.Loading;
using PetitionKit.Word.Rendering;
using Scriban.Runtime;

namespace PetitionKit.Word.Templates;

/// <summary>A Word template with Scriban tags, compiled once with its review-draft marks applied, ready to render any
/// number of drafts from plain data. It knows nothing of what the data means: a caller that does (a petition) adds its
/// own checks and review items around it.</summary>
/// <remarks>Immutable and thread-safe: one instance may render on many threads at once.</remarks>
public sealed class WordTemplate
{
    // The separate checklist is itself a template, so it is marked at load like every other: no second write path. It
    // carries the wording of the draft it belongs to, so it is compiled once per wording in use.
    private static readonly ConcurrentDictionary<DraftMarking, Lazy<WordTemplate>> ChecklistTemplates = new();

    // Checked on first need and kept: a template is checked once, however many drafts it renders.
    private readonly Lazy<TemplatePathReport> _functionCheck;

    private WordTemplate(CompiledTemplate compiled, DraftMarking marking)
    {
        Compiled = compiled;
        Marking = marking;
        Tags = TemplateTags.Describe(compiled.Parts.SelectMany(p => p.Tags));
        _functionCheck = new(() => CheckModel(model: null));
    }

    /// <summary>Gets the template's name, as given at load; it prefixes every diagnostic's location.</summary>
    public string Name => Compiled.Identity.Name;

    /// <summary>Gets the SHA-256 of the template file, in lowercase hex.</summary>
    public string ContentHash => Compiled.Identity.ContentHash;

    /// <summary>Gets every tag in the template, in document order (body, headers, footers, notes, properties).</summary>
    public IReadOnlyList<TemplateTag> Tags { get; }

    /// <summary>Gets warnings found at load that do not stop rendering, such as tracked changes that were accepted.</summary>
    public IReadOnlyList<Diagnostic> Warnings => Compiled.Warnings;

    internal CompiledTemplate Compiled { get; }

    /// <summary>Gets the wording the template's marks were put on with.</summary>
    internal DraftMarking Marking { get; }

    /// <summary>Checks, without data, that every function the template calls exists (<c>text.long_date</c>, not
    /// <c>text.longdate</c>): PK2031 at each unknown one. Any data may come, so data paths are not checked.</summary>
    /// <returns>The errors, in document order; empty when there are none. Computed once and kept.</returns>
    public IReadOnlyList<Diagnostic> CheckFunctions() => _functionCheck.Value.Diagnostics;

    /// <summary>Checks every path the template reads against a data model (PK2030), and every function it calls (PK2031).</summary>
    /// <param name="model">The data's shape and name, or null to check functions only.</param>
    /// <returns>The errors, and the first tag reading each model path.</returns>
    internal TemplatePathReport CheckModel(DataModel? model) => TemplatePathCheck.Check(Compiled.Parts, model, GlobalShapes.All);

    /// <summary>Loads and compiles a template from a .docx or Word XML (Flat OPC) stream.</summary>
    /// <param name="template">The template's bytes; read to the end, not disposed.</param>
    /// <param name="name">The name diagnostics and the draft footer use, such as <c>letter.docx</c>.</param>
    /// <param name="options">The load options; <see cref="TemplateLoadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels reading the stream.</param>
    /// <returns>The compiled template.</returns>
    /// <exception cref="TemplateException">The file is not a sound Word package, or its tags have errors; every problem is listed.</exception>
    public static async Task<WordTemplate> LoadAsync(Stream template, string name, TemplateLoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        options ??= TemplateLoadOptions.Default;
        var bytes = await BoundedRead.ReadAsync(template, name, options.Limits.MaxPackageBytes, cancellationToken).ConfigureAwait(false);
        return Compile(bytes, name, options, cancellationToken);
    }

    /// <summary>Loads and compiles a template file (.docx or Word XML); its file name becomes the template's name.</summary>
    /// <param name="path">The template file's path.</param>
    /// <param name="options">The load options; <see cref="TemplateLoadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels reading the file.</param>
    /// <returns>The compiled template.</returns>
    /// <exception cref="TemplateException">The file is not a sound Word package, or its tags have errors; every problem is listed.</exception>
    public static async Task<WordTemplate> LoadFileAsync(string path, TemplateLoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= TemplateLoadOptions.Default;
        var name = Path.GetFileName(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            var bytes = await BoundedRead.ReadAsync(stream, name, options.Limits.MaxPackageBytes, cancellationToken).ConfigureAwait(false);
            return Compile(bytes, name, options, cancellationToken);
        }
    }

    /// <summary>Renders the template with JSON data whose keys reach the template exactly as written
    /// (<c>{"client": {"name": "…"}}</c> is <c>{{ client.name }}</c>). The draft carries the review marks and a
    /// checklist of its gaps, changed values and the template's review items.</summary>
    /// <param name="data">A JSON object.</param>
    /// <param name="destination">Where the .docx draft is written; nothing is written when the render fails.</param>
    /// <param name="options">The render options; <see cref="RenderOptions.Default"/> when null.</param>
    /// <param name="marks">The caller's review marks (its words, its checklist's order, a scan of the draft's text);
    /// <see cref="ReviewMarks.Generic"/> when null. The marks are written whatever it says.</param>
    /// <param name="cancellationToken">Cancels the render.</param>
    /// <returns>The render report: missing values, changed values and review items.</returns>
    /// <exception cref="ArgumentException"><paramref name="data"/> is not a JSON object.</exception>
    /// <exception cref="TemplateException">The render failed; every problem is listed.</exception>
    public Task<RenderReport> RenderAsync(
        JsonElement data, Stream destination, RenderOptions? options = null, IReviewMarks? marks = null, CancellationToken cancellationToken = default)
    {
        options ??= RenderOptions.Default;
        return RenderAsync(data, destination, options, RenderTarget.For(options, [], marks), cancellationToken);
    }

    /// <summary>Renders JSON data with a caller's review content (its items, wording, text scan and arrangement).</summary>
    internal Task<RenderReport> RenderAsync(JsonElement data, Stream destination, RenderOptions options, RenderTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (data.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"The data must be a JSON object, not {data.ValueKind}.", nameof(data));
        }

        ScriptObject view;
        var duplicates = new DuplicateKeyFlag();
        try
        {
            view = JsonData.ToObject(data, duplicates);
        }
        catch (InvalidDataTextException ex)
        {
            throw ex.ToTemplateException(Name);
        }

        if (target.PrepareData is { } prepare)
        {
            target = target with { RaisedItems = [.. target.RaisedItems, .. prepare(view)] };
        }

        var render = TemplateRenderer.RenderAsync(Compiled, view, options, target, destination, cancellationToken);
        return duplicates.Found ? WithWarningsAsync(render, DuplicateDataKeys.Warnings(data, Name)) : render;
    }

    /// <summary>Writes the review checklist of a render of this template as its own document, for
    /// <see cref="ChecklistPlacement.SeparateDocument"/>: marked with this template's wording, like the draft.</summary>
    /// <param name="report">The report of the render whose checklist is written.</param>
    /// <param name="destination">Where the .docx checklist is written.</param>
    /// <param name="marks">The review marks the draft was rendered with; <see cref="ReviewMarks.Generic"/> when null.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the checklist is written.</returns>
    public Task WriteChecklistAsync(RenderReport report, Stream destination, IReviewMarks? marks = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        return WriteChecklistAsync(report, destination, Marking, marks ?? ReviewMarks.Generic, cancellationToken);
    }

    /// <summary>Writes a render's checklist as its own document, marked with the given wording; its items are the
    /// report's checklist.</summary>
    /// <remarks>The report's checklist was merged and ordered when the draft was rendered: it is written as it is, never
    /// arranged a second time, so the separate document lists exactly what the report and the draft's note count.</remarks>
    internal static async Task WriteChecklistAsync(RenderReport report, Stream destination, DraftMarking marking, IReviewMarks marks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(destination);
        var target = new RenderTarget(ChecklistSlot.Standalone, report.Checklist) { Marks = marks, Arrange = static items => [.. items] };
        var options = new RenderOptions { AsOf = report.AsOf };
        var data = new ScriptObject(StringComparer.Ordinal) { { "draft_template", report.TemplateName } };
        var template = ChecklistTemplates.GetOrAdd(marking, static m => new Lazy<WordTemplate>(() =>
            Load(ChecklistDocument.CreateTemplatePackage(), "review-checklist.docx", TemplateLoadOptions.Default with { Marking = m }))).Value;
        await TemplateRenderer.RenderAsync(template.Compiled, data, options, target, destination, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Compiles a template already in memory.</summary>
    internal static WordTemplate Load(byte[] file, string name, TemplateLoadOptions options) => Compile(file, name, options, CancellationToken.None);

    private static async Task<RenderReport> WithWarningsAsync(Task<RenderReport> render, IReadOnlyList<Diagnostic> warnings)
    {
        var report = await render.ConfigureAwait(false);
        return report with { Warnings = [.. report.Warnings, .. warnings] };
    }

    private static WordTemplate Compile(byte[] file, string name, TemplateLoadOptions options, CancellationToken cancellationToken)
    {
        using var budget = new LoadBudget(name, options.Limits, cancellationToken);
        var identity = TemplateIdentity.FromBytes(name, options.Version, file);
        var docx = PackageReader.ToDocx(file, budget);

        // Every part is bounded and scanned here, before any reader of the marks or the compile parses one.
        var entries = PackageReader.ReadEntries(docx, budget);
        var main = MainDocument.FindTyped(entries, name, ContentTypes.Read(entries, name));
        var marked = PackageMarking.Apply(entries, main, options.Marking, identity, budget);
        return new WordTemplate(TemplateCompiler.Compile(marked, identity, budget), options.Marking);
    }
}
