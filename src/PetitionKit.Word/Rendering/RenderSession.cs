using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Drafting;
using PetitionKit.Word.Lexing;
using PetitionKit.Word.Templates;

namespace PetitionKit.Word.Rendering;

/// <summary>The mutable state of one render: what was missing, altered or wrong, and the counters that keep ids unique.</summary>
/// <remarks>One per render; never shared between threads.</remarks>
internal sealed class RenderSession(RenderOptions options, DateOnly asOf, CancellationToken cancellationToken)
{
    public RenderOptions Options { get; } = options;

    public DateOnly AsOf { get; } = asOf;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Gets the words the marks use for the caller's data, such as in a gap's comment.</summary>
    public IReviewMarks Marks { get; init; } = ReviewMarks.Generic;

    public List<MissingValue> Missing { get; } = [];

    public List<ValueAlteration> Alterations { get; } = [];

    public List<Diagnostic> Errors { get; } = [];

    public List<Diagnostic> Warnings { get; } = [];

    public List<string> ReviewItems { get; } = [];

    /// <summary>Gets where in the draft each review item was declared (the first place, for one declared twice), so the
    /// checklist can say where it applies, as it does for gaps.</summary>
    public Dictionary<string, string> ReviewItemPlaces { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the catalog item each template review item declares it places (its second argument), by text.</summary>
    public Dictionary<string, string> ReviewItemConcerns { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the value tags that wrote something in this render (a value or a gap): a tag whose condition was false
    /// printed nothing, and the checklist sends no reader to it.</summary>
    public HashSet<TagSite> PrintedTags { get; } = [];

    /// <summary>Gets the Word comments to add for missing-value placeholders, by id.</summary>
    public List<GapComment> GapComments { get; } = [];

    /// <summary>Gets or sets the next comment id: above any comment the template already holds; -1 when the package
    /// has no comments part to hold them.</summary>
    public int NextCommentId { get; set; }

    public int NextDrawingId { get; set; } = 1;

    // When the render started, for the time limit: the cancellation timer alone can fire after a short render has
    // already finished, so each part also checks the time it has taken. Elapsed time never reaches the draft.
    private readonly long _started = System.Diagnostics.Stopwatch.GetTimestamp();

    /// <summary>Gets the message of the time limit (PK3005), one wording wherever the limit is met.</summary>
    public string TimeLimitMessage => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"The render took longer than {Diagnostics.LimitDuration.Words(Options.Limits.Timeout)} and was stopped. A loop may never end; check its condition.");

    /// <summary>Gets a value indicating whether the render has run past its time limit.</summary>
    public bool PastTimeLimit => System.Diagnostics.Stopwatch.GetElapsedTime(_started) > Options.Limits.Timeout;

    /// <summary>Gets or sets the fatal problem that stopped the render (a limit or a timeout), if any.</summary>
    public Diagnostic? Fatal { get; set; }

    public void Error(string code, TagSite? tag, string message, string partUri)
    {
        var location = tag?.Location ?? new TemplateLocation(string.Empty, partUri, 0, 0);
        Errors.Add(new Diagnostic(code, DiagnosticSeverity.Error, location, message, tag?.Text ?? string.Empty, tag?.Excerpt ?? string.Empty));
    }
}
