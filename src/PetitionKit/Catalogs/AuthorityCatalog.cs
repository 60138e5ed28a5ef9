using System.Collections.Frozen;

namespace PetitionKit.Catalogs;

/// <summary>The authorities templates may cite, with their verification, and the citations they must never use.</summary>
/// <remarks>Loaded once, on first use; thread-safe. Only authorities listed in the domain files are carried.</remarks>
public static class AuthorityCatalog
{
    private static readonly Lazy<Catalog> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets every authority, grouped as in the domain files (Title 28, Title 5, rules, Title 8, regulations, cases).</summary>
    public static IReadOnlyList<Authority> All => Loaded.Value.Authorities;

    /// <summary>Gets the deny-list: citations a template or draft must never contain.</summary>
    public static IReadOnlyList<DeniedAuthority> Denied => Loaded.Value.Denied;

    /// <summary>Gets where the catalog comes from and what its tags mean.</summary>
    public static string SourceNote => Loaded.Value.Document.SourceNote;

    /// <summary>Gets the date the catalog's sources were checked, for entries that carry no date of their own.</summary>
    public static DateOnly VerifiedOn => Loaded.Value.Document.VerifiedOn;

    /// <summary>Finds an authority by id, ignoring case.</summary>
    /// <param name="id">An id such as <c>28-usc-1361</c>.</param>
    /// <returns>The authority, or <see langword="null"/> when the catalog has no such id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public static Authority? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Loaded.Value.ById.GetValueOrDefault(id.Trim());
    }

    /// <summary>Finds the first denied citation anywhere in a text, ignoring case, punctuation and spacing.</summary>
    /// <param name="text">Any text: a template's paragraphs, a draft, a user's note.</param>
    /// <returns>The denied citation found, or <see langword="null"/> when the text contains none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static DeniedAuthority? FindDenied(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var canonical = DeniedTextMatcher.Canonicalize(text);
        return Loaded.Value.DeniedPatterns.FirstOrDefault(p => DeniedTextMatcher.Contains(canonical, p.Pattern)).Denied;
    }

    /// <summary>Finds every denied citation in a text, in deny-list order.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The denied citations found; empty when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<DeniedAuthority> FindAllDenied(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var canonical = DeniedTextMatcher.Canonicalize(text);
        return [.. Loaded.Value.DeniedPatterns.Where(p => DeniedTextMatcher.Contains(canonical, p.Pattern)).Select(p => p.Denied)];
    }

    private static Catalog Load()
    {
        var document = CatalogResource.Read("authorities.json", CatalogJsonContext.Default.AuthoritiesDocument);
        var authorities = CatalogResource.Freeze(document.Authorities);
        var denied = CatalogResource.Freeze(document.Denied);
        return new Catalog(
            document,
            authorities,
            denied,
            authorities.ToFrozenDictionary(a => a.Id, StringComparer.OrdinalIgnoreCase),
            [.. denied.Select(d => (DeniedTextMatcher.Canonicalize(d.Pattern), d))]);
    }

    private sealed record Catalog(
        AuthoritiesDocument Document,
        IReadOnlyList<Authority> Authorities,
        IReadOnlyList<DeniedAuthority> Denied,
        FrozenDictionary<string, Authority> ById,
        IReadOnlyList<(string Pattern, DeniedAuthority Denied)> DeniedPatterns);
}
