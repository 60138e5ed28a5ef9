using PetitionKit.Model;

namespace PetitionKit.Catalogs;

/// <summary>The USCIS office a receipt-number prefix points to (docs/legal-rules.md#identifiers).</summary>
/// <remarks>Immutable. A prefix shows where a case was received; the latest transfer notice shows where it is now.</remarks>
public sealed record ReceiptOffice
{
    /// <summary>Gets the three-letter prefix, such as <c>EAC</c>.</summary>
    public required string Prefix { get; init; }

    /// <summary>Gets the office's name, such as <c>Vermont Service Center</c>.</summary>
    public required string OfficeName { get; init; }

    /// <summary>Gets the title to plead for the office's director, such as <c>Director, Vermont Service Center</c>, or
    /// <see langword="null"/> where the domain files do not support one as pleading text.</summary>
    public string? DefaultOfficialTitle { get; init; }

    /// <summary>Gets the defendant role of the office's director, or <see langword="null"/> when the prefix names no
    /// office (ELIS).</summary>
    public OfficialRole? OfficialRole { get; init; }

    /// <summary>Gets what the attorney should know about the prefix, in plain words.</summary>
    public required string Notes { get; init; }

    /// <summary>Gets how far the prefix-to-office mapping was checked.</summary>
    public required VerificationStatus VerificationTag { get; init; }

    /// <summary>Gets where the mapping comes from.</summary>
    public required string Source { get; init; }
}
