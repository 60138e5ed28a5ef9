namespace PetitionKit.Word.Drafting;

/// <summary>The wording of the marks every draft carries: a banner at the top of every page, a diagonal watermark
/// behind the text, and the status and notice in the document's properties.</summary>
/// <remarks>An organisation may change the wording, never remove the marks: there is no switch to turn them off,
/// and empty wording is refused. Braces in the wording are written as parentheses, so the wording can never be
/// read as a template tag. Immutable; safe to share between threads.</remarks>
public sealed record DraftMarking
{
    /// <summary>The banner used when none is given: generic, since the engine knows nothing of what the draft is for
    /// (the petition layer gives its own).</summary>
    internal const string DefaultBannerText = "DRAFT — REVIEW BEFORE USE";

    /// <summary>The watermark used when none is given.</summary>
    internal const string DefaultWatermarkText = "DRAFT";

    /// <summary>The document status used when none is given.</summary>
    internal const string DefaultStatusText = "Review Draft";

    /// <summary>The properties notice used when none is given.</summary>
    internal const string DefaultNoticeText = "Draft — review before use";

    private readonly string _bannerText = DefaultBannerText;
    private readonly string _watermarkText = DefaultWatermarkText;
    private readonly string _statusText = DefaultStatusText;
    private readonly string _noticeText = DefaultNoticeText;

    /// <summary>Gets the marks used when none are given: the default banner and watermark.</summary>
    public static DraftMarking Default { get; } = new();

    /// <summary>Gets the banner printed in bold at the top of every page, above the template's own header.</summary>
    /// <exception cref="ArgumentException">The value is null, empty or only white space.</exception>
    public string BannerText
    {
        get => _bannerText;
        init => _bannerText = Require(value, nameof(BannerText));
    }

    /// <summary>Gets the word printed diagonally, light gray, behind the text of every page.</summary>
    /// <exception cref="ArgumentException">The value is null, empty or only white space.</exception>
    public string WatermarkText
    {
        get => _watermarkText;
        init => _watermarkText = Require(value, nameof(WatermarkText));
    }

    /// <summary>Gets the status written to the document's properties (File › Info, a document management system's
    /// "status" column), such as "Review Draft".</summary>
    /// <exception cref="ArgumentException">The value is null, empty or only white space.</exception>
    public string StatusText
    {
        get => _statusText;
        init => _statusText = Require(value, nameof(StatusText));
    }

    /// <summary>Gets the notice written to the document's properties as its category and at the start of its
    /// description, such as "Draft — review before use".</summary>
    /// <exception cref="ArgumentException">The value is null, empty or only white space.</exception>
    public string NoticeText
    {
        get => _noticeText;
        init => _noticeText = Require(value, nameof(NoticeText));
    }

    private static string Require(string value, string name)
    {
        // A draft without visible marks could be filed by mistake; refusing empty wording keeps the marks on.
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value.Trim();
    }
}
