namespace PetitionKit.Model;

/// <summary>How a petitioner's identifiers appear in a draft (Fed. R. Civ. P. 5.2(a); docs/legal-rules.md#privacy-and-redaction).</summary>
/// <remarks>Immutable. The defaults follow Rule 5.2: year of birth, last four SSN digits, minors by initials, and the
/// A-number masked to its last three digits.</remarks>
public sealed record RedactionOptions
{
    /// <summary>Gets the defaults: everything redacted, A-number to its last three digits.</summary>
    public static RedactionOptions Default { get; } = new();

    /// <summary>Gets how much of the A-number to show.</summary>
    public ANumberMasking ANumberMasking { get; init; } = ANumberMasking.LastThree;

    /// <summary>Gets a value indicating whether the raw date of birth, SSN and a minor's full name are also exposed, through
    /// the <c>Raw…</c> properties of <see cref="RedactedPetitioner"/>. Off by default; turn it on only for a document that
    /// is not filed, or that the attorney has confirmed may be filed under seal, and only on the attorney's explicit choice (the
    /// rule's sealing and waiver provisions are not among PetitionKit's verified authorities).</summary>
    public bool IncludeRawValues { get; init; }
}
