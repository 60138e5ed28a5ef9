namespace PetitionKit.Word.Drafting;

/// <summary>The wording of the marks every draft carries: a banner at the top of every page and a diagonal
/// watermark behind the text.</summary>
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

    private readonly string _bannerText = DefaultBannerText;
    private readonly string _watermarkText = DefaultWatermarkText;

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

    private static string Require(string value, string name)
    {
        // A draft without visible marks could be filed by mistake; refusing empty wording keeps the marks on.
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value.Trim();
    }
}
