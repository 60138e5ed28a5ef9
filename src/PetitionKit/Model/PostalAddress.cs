namespace PetitionKit.Model;

/// <summary>A postal address. JSON and templates: <c>residence</c>, <c>address</c> and the like.</summary>
public sealed record PostalAddress
{
    private readonly IReadOnlyList<string>? _lines;

    /// <summary>Gets the street lines, first line first. JSON and templates: <c>lines</c>.</summary>
    public IReadOnlyList<string> Lines { get => _lines ?? []; init => _lines = value; }

    /// <summary>Gets the city or town. JSON and templates: <c>city</c>.</summary>
    public string? City { get; init; }

    /// <summary>Gets the county, which the civil cover sheet asks for (JS 44 item I(b)). JSON and templates: <c>county</c>.</summary>
    public string? County { get; init; }

    /// <summary>Gets the two-letter U.S. state or territory code, such as <c>CA</c>. JSON and templates: <c>state</c>.</summary>
    public string? State { get; init; }

    /// <summary>Gets the ZIP or postal code. JSON and templates: <c>postal_code</c>.</summary>
    public string? PostalCode { get; init; }

    /// <summary>Gets the country when it is not the United States; empty means the United States.
    /// JSON and templates: <c>country</c>.</summary>
    public string? Country { get; init; }
}
