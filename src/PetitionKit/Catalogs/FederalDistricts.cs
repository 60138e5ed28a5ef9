using System.Collections.Frozen;

namespace PetitionKit.Catalogs;

/// <summary>The 94 federal judicial districts, read from the library's embedded district catalog.</summary>
/// <remarks>Loaded once, on first use; thread-safe.</remarks>
public static class FederalDistricts
{
    /// <summary>The number this catalog uses for the D.C. Circuit, after the eleven numbered circuits.</summary>
    public const int DistrictOfColumbiaCircuit = 12;

    private static readonly string[] CircuitNames =
    [
        "First Circuit", "Second Circuit", "Third Circuit", "Fourth Circuit", "Fifth Circuit", "Sixth Circuit",
        "Seventh Circuit", "Eighth Circuit", "Ninth Circuit", "Tenth Circuit", "Eleventh Circuit", "D.C. Circuit",
    ];

    private static readonly Lazy<Catalog> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets all 94 districts, states alphabetically, then the territories (docs/legal-rules.md#venue).</summary>
    public static IReadOnlyList<FederalDistrict> All => Loaded.Value.Districts;

    /// <summary>Gets where the catalog comes from and how far each field was checked.</summary>
    public static string SourceNote => Loaded.Value.Document.SourceNote;

    /// <summary>Gets the date the catalog's sources were checked; a checklist warns when it is over 12 months old.</summary>
    public static DateOnly VerifiedOn => Loaded.Value.Document.VerifiedOn;

    /// <summary>Gets how far the court ids were checked (against Free Law Project's courts-db).</summary>
    public static VerificationStatus CourtIdVerification => Loaded.Value.Document.CourtIdVerification;

    /// <summary>Gets how far circuit membership was checked.</summary>
    public static VerificationStatus CircuitVerification => Loaded.Value.Document.CircuitVerification;

    /// <summary>Gets how far the district names (caption wording) and Bluebook abbreviations were checked.</summary>
    public static VerificationStatus NameVerification => Loaded.Value.Document.NameVerification;

    /// <summary>Finds a district by its court id, ignoring case.</summary>
    /// <param name="courtId">A court id such as <c>ilnd</c>.</param>
    /// <returns>The district, or <see langword="null"/> when no district has that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="courtId"/> is <see langword="null"/>.</exception>
    public static FederalDistrict? Find(string courtId)
    {
        ArgumentNullException.ThrowIfNull(courtId);
        return Loaded.Value.ById.GetValueOrDefault(courtId.Trim());
    }

    /// <summary>Lists the districts of one state or territory, in catalog order.</summary>
    /// <param name="stateCode">A two-letter postal code such as <c>NY</c>, ignoring case.</param>
    /// <returns>The districts, or an empty list for an unknown code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stateCode"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<FederalDistrict> ForState(string stateCode)
    {
        ArgumentNullException.ThrowIfNull(stateCode);
        return Loaded.Value.ByState.GetValueOrDefault(stateCode.Trim(), []);
    }

    /// <summary>Names a circuit, such as <c>Fifth Circuit</c>, or <c>D.C. Circuit</c> for
    /// <see cref="DistrictOfColumbiaCircuit"/>.</summary>
    /// <param name="circuit">1 to 11, or 12 for the D.C. Circuit.</param>
    /// <returns>The circuit's name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="circuit"/> is not 1 to 12.</exception>
    public static string NameOfCircuit(int circuit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(circuit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(circuit, DistrictOfColumbiaCircuit);
        return CircuitNames[circuit - 1];
    }

    private static Catalog Load()
    {
        var document = CatalogResource.Read("federal-districts.json", CatalogJsonContext.Default.FederalDistrictsDocument);
        var districts = CatalogResource.Freeze(
            document.Districts.Select(d => d with { Divisions = CatalogResource.Freeze(d.Divisions) }).ToList());
        return new Catalog(
            document,
            districts,
            districts.ToFrozenDictionary(d => d.CourtId, StringComparer.OrdinalIgnoreCase),
            districts.GroupBy(d => d.State, StringComparer.OrdinalIgnoreCase)
                .ToFrozenDictionary(g => g.Key, g => CatalogResource.Freeze(g.ToList()), StringComparer.OrdinalIgnoreCase));
    }

    private sealed record Catalog(
        FederalDistrictsDocument Document,
        IReadOnlyList<FederalDistrict> Districts,
        FrozenDictionary<string, FederalDistrict> ById,
        FrozenDictionary<string, IReadOnlyList<FederalDistrict>> ByState);
}
