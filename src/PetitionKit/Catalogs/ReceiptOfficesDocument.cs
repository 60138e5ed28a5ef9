namespace PetitionKit.Catalogs;

/// <summary>The shape of <c>Data/receipt-offices.json</c>.</summary>
internal sealed record ReceiptOfficesDocument
{
    public required DateOnly VerifiedOn { get; init; }

    public required string SourceNote { get; init; }

    public required IReadOnlyList<ReceiptOffice> Offices { get; init; }
}
