namespace PetitionKit.Model;

/// <summary>Who signs the pleading (Fed. R. Civ. P. 11(a); docs/legal-rules.md#parties-minors-and-signers): an attorney of record with address, e-mail
/// and telephone, or, when unrepresented, each petitioner personally with the contact details on the petitioner.
/// JSON and templates: <c>signer</c>.</summary>
public sealed record Signer
{
    /// <summary>Gets whether an attorney or the petitioners themselves sign. JSON and templates: <c>signer.kind</c>.</summary>
    public required SignerKind Kind { get; init; }

    /// <summary>Gets the attorney's name. JSON and templates: <c>signer.name</c>.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the attorney's bar number, which many local rules require. JSON and templates: <c>signer.bar_number</c>.</summary>
    public string? BarNumber { get; init; }

    /// <summary>Gets the state or court that issued the bar number. JSON and templates: <c>signer.bar_state</c>.</summary>
    public string? BarState { get; init; }

    /// <summary>Gets the attorney's firm or organization. JSON and templates: <c>signer.firm</c>.</summary>
    public string? Firm { get; init; }

    /// <summary>Gets the attorney's address. JSON and templates: <c>signer.address</c>.</summary>
    public PostalAddress? Address { get; init; }

    /// <summary>Gets the attorney's telephone number. JSON and templates: <c>signer.phone</c>.</summary>
    public string? Phone { get; init; }

    /// <summary>Gets the attorney's e-mail address. JSON and templates: <c>signer.email</c>.</summary>
    public string? Email { get; init; }
}
