using PetitionKit.Word.Drafting;
using PetitionKit.Word.Rendering;
using PetitionKit.Word.Templates;

namespace PetitionKit.Petitions;

/// <summary>What a petition's drafts add to the engine's review marks (<see cref="IReviewMarks"/>): the banner of an
/// attorney-review draft, the petition's words for its data and for the checklist's groups, the checklist merged by
/// the rules that know the catalog's items (<see cref="ChecklistDeduplication"/>), and a privacy scan of the text.</summary>
/// <remarks>Every draft and checklist the petition layer writes goes through here; the engine writes the marks
/// themselves, whatever this says.</remarks>
internal sealed class PetitionReviewMarks : ReviewMarks
{
    /// <summary>The banner of a petition's drafts: what the draft is and that it must not be filed as it is.</summary>
    public const string BannerText = "ATTORNEY REVIEW DRAFT — NOT FOR FILING";

    private readonly TextScan? _scan;

    /// <summary>Initializes the marks of one render.</summary>
    /// <param name="scan">A scan of the rendered text for privacy items, or null for none.</param>
    public PetitionReviewMarks(TextScan? scan) => _scan = scan;

    /// <summary>Gets the marks without a text scan: for a checklist written from a report, whose items are all known.</summary>
    public static PetitionReviewMarks WithoutScan { get; } = new(null);

    /// <summary>Gets the banner and watermark of a petition's drafts.</summary>
    public static DraftMarking Marking { get; } = DraftMarking.Default with { BannerText = BannerText };

    /// <inheritdoc />
    public override string DataName => "the petition data";

    /// <inheritdoc />
    public override string FieldLabel => "Petition field";

    /// <inheritdoc />
    public override bool ScansText => _scan is not null;

    /// <summary>The load options of a petition template: its drafts carry the petition banner unless the options word
    /// the banner otherwise (the watermark and everything else are the options' own).</summary>
    /// <param name="options">The caller's options, or null for the defaults.</param>
    public static TemplateLoadOptions LoadOptions(TemplateLoadOptions? options)
    {
        options ??= TemplateLoadOptions.Default;
        return string.Equals(options.Marking.BannerText, DraftMarking.Default.BannerText, StringComparison.Ordinal)
            ? options with { Marking = options.Marking with { BannerText = BannerText } }
            : options;
    }

    /// <inheritdoc />
    public override string Heading(ChecklistCategory category) => category switch
    {
        ChecklistCategory.BeforeYouFile => "Before you file",
        ChecklistCategory.TemplateItem => "Facts and pleading to confirm",
        ChecklistCategory.Citation => "Citations to verify",
        ChecklistCategory.Deadline => "Deadlines and filing mechanics",
        _ => base.Heading(category),
    };

    /// <inheritdoc />
    public override IReadOnlyList<ChecklistItem> Arrange(IReadOnlyList<ChecklistItem> items) => ChecklistDeduplication.Merge(items);

    /// <inheritdoc />
    public override IReadOnlyList<ChecklistItem> ScanText(string partDescription, ReadOnlySpan<char> text) =>
        _scan is null ? [] : _scan(partDescription, text);
}
