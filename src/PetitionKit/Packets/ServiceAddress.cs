using PetitionKit.Catalogs;

namespace PetitionKit.Packets;

/// <summary>A mailing address for service under Fed. R. Civ. P. 4(i), exactly as the domain files record it
/// (docs/legal-rules.md#the-filing-packet), with their source and tag. Only these addresses are ever printed; any other is a visible gap for the attorney.</summary>
/// <param name="Id">A stable id, such as <c>dhs-ogc</c>.</param>
/// <param name="Lines">The address lines, office first.</param>
/// <param name="Verification">The brief's tag for the address.</param>
/// <param name="Source">Where the brief found it.</param>
/// <param name="Note">What the brief says about using it, or null.</param>
internal sealed record ServiceAddress(string Id, IReadOnlyList<string> Lines, VerificationStatus Verification, string Source, string? Note);
