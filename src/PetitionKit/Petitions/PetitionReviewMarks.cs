using System.Text.RegularExpressions;
using System.Globalization;
using PetitionKit.Word.Drafting;
using PetitionKit.Word.Rendering;
using PetitionKit.Word.Templates;

namespace PetitionKit.Petitions;

/// <summary>What a petition's drafts add to the engine's review marks (<see cref="IReviewMarks"/>): the banner of an
/// attorney-review draft, the petition's words for its data and for the checklist's groups, the checklist merged by
/// the rules that know the catalog's items (<see cref="ChecklistDeduplication"/>), and a privacy scan of the text.</summary>
/// <remarks>Every draft and checklist the petition layer writes goes through here; the engine writes the marks
/// themselves, whatever this says.</remarks>
internal sealed partial class PetitionReviewMarks : ReviewMarks
{
    /// <summary>The banner of a petition's drafts: what the draft is and that it must not be filed as it is.</summary>
    public const string BannerText = "ATTORNEY REVIEW DRAFT — NOT FOR FILING";

    private readonly TextScan? _scan;

    /// <summary>Initializes the marks of one render.</summary>
    /// <param name="scan">A scan of the rendered text for privacy items, or null for none.</param>
    public PetitionReviewMarks(TextScan? scan) => _scan = scan;

    /// <summary>Gets the marks without a text scan: for a checklist written from a report, whose items are all known.</summary>
    public static PetitionReviewMarks WithoutScan { get; } = new(null);

    /// <summary>The title of a petition's checklist.</summary>
    public const string Title = "Attorney review checklist — remove before filing";

    /// <summary>What a petition's document properties say it is.</summary>
    private const string StatusText = "Attorney Review Draft";

    private const string NoticeText = "Attorney review draft — not for filing";

    /// <summary>Gets the banner, watermark and properties of a petition's drafts.</summary>
    public static DraftMarking Marking { get; } = DraftMarking.Default with { BannerText = BannerText, StatusText = StatusText, NoticeText = NoticeText };

    /// <inheritdoc />
    public override string DataName => "the petition data";

    /// <inheritdoc />
    public override string FieldLabel => "Petition field";

    /// <inheritdoc />
    public override bool ScansText => _scan is not null;

    /// <inheritdoc />
    public override string ChecklistTitle => Title;

    /// <inheritdoc />
    /// <remarks>The tags are the domain files' own (VerificationStatus); items quote them, so a checklist whose items
    /// carry any says once, at the top, what they mean.</remarks>
    public override string? ChecklistKey(IReadOnlyList<ChecklistItem> items) =>
        items.Any(i => VerificationTag().IsMatch(i.Text))
            ? "Tags in items: [V] the words were read in the source named; [S] seen only in a secondary source (a summary, syllabus or headnote), never to be used as pleading text; [M] found in no source, to be verified before any use."
            : null;

    /// <inheritdoc />
    public override string NothingFlagged => "Nothing was flagged. Review the whole draft before filing.";

    /// <inheritdoc />
    public override string SeparateChecklistNote(int itemCount) => string.Create(CultureInfo.InvariantCulture,
        $"The attorney review checklist for this draft ({itemCount} item{(itemCount == 1 ? string.Empty : "s")}) was issued as a separate document. Review it before filing.");

    /// <inheritdoc />
    public override string GapComment(string name) =>
        $"Missing fact: {name}. Supply it in {DataName}, or revise this sentence, before filing.";

    /// <summary>The load options of a petition template: its drafts carry the petition banner, status and notice
    /// unless the options word them otherwise (the watermark and everything else are the options' own).</summary>
    /// <param name="options">The caller's options, or null for the defaults.</param>
    public static TemplateLoadOptions LoadOptions(TemplateLoadOptions? options)
    {
        options ??= TemplateLoadOptions.Default;
        var given = options.Marking;
        var engine = DraftMarking.Default;
        var marking = given with
        {
            BannerText = Same(given.BannerText, engine.BannerText) ? BannerText : given.BannerText,
            StatusText = Same(given.StatusText, engine.StatusText) ? StatusText : given.StatusText,
            NoticeText = Same(given.NoticeText, engine.NoticeText) ? NoticeText : given.NoticeText,
        };
        return marking == given ? options : options with { Marking = marking };
    }

    [GeneratedRegex(@"\[[VSM]\]", RegexOptions.CultureInvariant, 1_000)]
    private static partial Regex VerificationTag();

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.Ordinal);

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
