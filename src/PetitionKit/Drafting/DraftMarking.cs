namespace PetitionKit.Drafting;

/// <summary>Temporary: replaced by the drafting marks.</summary>
public sealed record DraftMarking
{
    /// <summary>Gets the default marking.</summary>
    public static DraftMarking Default { get; } = new();

    /// <summary>Gets the banner text.</summary>
    public string BannerText { get; init; } = "ATTORNEY REVIEW DRAFT — NOT FOR FILING";
}
