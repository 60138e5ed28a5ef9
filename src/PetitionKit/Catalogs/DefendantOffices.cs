using System.Collections.Frozen;
using PetitionKit.Model;

namespace PetitionKit.Catalogs;

/// <summary>The defendant-office catalog: for each <see cref="OfficialRole"/> but <see cref="OfficialRole.Other"/>,
/// what the office is responsible for in plain words (docs/legal-rules.md#defendants-and-officials). The parties section reads it.</summary>
/// <remarks>Loaded once, on first use; thread-safe.</remarks>
public static class DefendantOffices
{
    private static readonly Lazy<Catalog> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets every office the catalog describes.</summary>
    public static IReadOnlyList<DefendantOffice> All => Loaded.Value.Offices;

    /// <summary>Gets where the catalog comes from and what it does not claim.</summary>
    public static string SourceNote => Loaded.Value.Document.SourceNote;

    /// <summary>Finds an office's description.</summary>
    /// <param name="role">The office.</param>
    /// <returns>The description, or <see langword="null"/> for <see cref="OfficialRole.Other"/>.</returns>
    public static DefendantOffice? Find(OfficialRole role) => Loaded.Value.ByRole.GetValueOrDefault(role);

    private static Catalog Load()
    {
        var document = CatalogResource.Read("defendant-offices.json", CatalogJsonContext.Default.DefendantOfficesDocument);
        var offices = CatalogResource.Freeze(document.Offices);
        return new Catalog(document, offices, offices.ToFrozenDictionary(o => o.Role));
    }

    private sealed record Catalog(
        DefendantOfficesDocument Document,
        IReadOnlyList<DefendantOffice> Offices,
        FrozenDictionary<OfficialRole, DefendantOffice> ByRole);
}
