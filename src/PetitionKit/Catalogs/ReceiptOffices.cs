using System.Collections.Frozen;
using PetitionKit.Model;

namespace PetitionKit.Catalogs;

/// <summary>The receipt-number prefixes the domain files map to USCIS offices. Any other prefix is unknown: the user
/// picks the office, the library never guesses.</summary>
/// <remarks>Loaded once, on first use; thread-safe.</remarks>
public static class ReceiptOffices
{
    private static readonly Lazy<Catalog> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets every known prefix, in the catalog file's order (docs/legal-rules.md#identifiers).</summary>
    public static IReadOnlyList<ReceiptOffice> All => Loaded.Value.Offices;

    /// <summary>Gets where the catalog comes from.</summary>
    public static string SourceNote => Loaded.Value.Document.SourceNote;

    /// <summary>Gets the date the catalog's sources were checked.</summary>
    public static DateOnly VerifiedOn => Loaded.Value.Document.VerifiedOn;

    /// <summary>Finds the office for a three-letter prefix, ignoring case.</summary>
    /// <param name="prefix">A prefix such as <c>EAC</c>.</param>
    /// <returns>The office, or <see langword="null"/> for a prefix the domain files do not list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="prefix"/> is <see langword="null"/>.</exception>
    public static ReceiptOffice? Find(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return Loaded.Value.ByPrefix.GetValueOrDefault(prefix.Trim());
    }

    /// <summary>Finds the office for a whole receipt number as printed, such as <c>EAC-22-123-45678</c>.</summary>
    /// <param name="receiptNumber">A receipt number; spaces and dashes are ignored.</param>
    /// <returns>The office, or <see langword="null"/> when the text is not a receipt number (three letters and ten
    /// digits, as <see cref="ReceiptNumber.TryParse(string?, out ReceiptNumber?)"/> reads it) or its prefix is unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="receiptNumber"/> is <see langword="null"/>.</exception>
    public static ReceiptOffice? ForReceiptNumber(string receiptNumber)
    {
        ArgumentNullException.ThrowIfNull(receiptNumber);

        // One reading of a receipt number: the model's parser, so a number the validator refuses never finds an office here.
        return ReceiptNumber.TryParse(receiptNumber, out var parsed) ? Find(parsed.Prefix) : null;
    }

    private static Catalog Load()
    {
        var document = CatalogResource.Read("receipt-offices.json", CatalogJsonContext.Default.ReceiptOfficesDocument);
        var offices = CatalogResource.Freeze(document.Offices);
        return new Catalog(document, offices, offices.ToFrozenDictionary(o => o.Prefix, StringComparer.OrdinalIgnoreCase));
    }

    private sealed record Catalog(
        ReceiptOfficesDocument Document,
        IReadOnlyList<ReceiptOffice> Offices,
        FrozenDictionary<string, ReceiptOffice> ByPrefix);
}
