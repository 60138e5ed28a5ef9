namespace PetitionKit.Catalogs;

/// <summary>The catalog the public entry points read.</summary>
internal static class PetitionCatalogs
{
    /// <summary>Gets the shipped catalog.</summary>
    public static IPetitionCatalog Default { get; } = new ShippedCatalog();
}
