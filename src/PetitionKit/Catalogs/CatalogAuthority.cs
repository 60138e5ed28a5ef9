namespace PetitionKit.Catalogs;

/// <summary>An authority as the rules need it: its citation and how far it has been verified.</summary>
internal sealed record CatalogAuthority(string Id, string Citation, AuthorityStanding Standing);
