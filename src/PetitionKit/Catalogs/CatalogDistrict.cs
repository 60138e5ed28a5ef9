namespace PetitionKit.Catalogs;

/// <summary>A federal district as the rules need it.</summary>
internal sealed record CatalogDistrict(string CourtId, string Name, string StateCode);
