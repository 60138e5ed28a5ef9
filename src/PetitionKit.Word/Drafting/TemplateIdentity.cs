
namespace PetitionKit.Word.Drafting;

/// <summary>Which template a draft came from, as printed in the provenance footer and document properties.</summary>
/// <param name="Name">The template's name as loaded, such as <c>uscis-delay.docx</c>.</param>
/// <param name="Version">The template's version, when it has one.</param>
/// <param name="ContentHash">The lower-case hex SHA-256 of the template's bytes.</param>
internal sealed record TemplateIdentity(string Name, string? Version, string ContentHash)
{
    /// <summary>Gets what the footer shows after the name: the version, or the first 12 characters of the hash.</summary>
    public string ShortLabel =>
        string.IsNullOrWhiteSpace(Version) ? ContentHash[..Math.Min(12, ContentHash.Length)] : Version;

    /// <summary>Creates the identity of a template from its bytes.</summary>
    /// <param name="name">The template's name.</param>
    /// <param name="version">The template's version, or null.</param>
    /// <param name="templateBytes">The template package as loaded.</param>
    /// <returns>The identity, with the hash computed from the bytes.</returns>
    public static TemplateIdentity FromBytes(string name, string? version, ReadOnlySpan<byte> templateBytes) =>
        new(name, version, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(templateBytes)));
}
