using PetitionKit.Word.Drafting;

namespace PetitionKit.Word.Packaging;

/// <summary>A template package whose draft marks have been applied; the only input the writer takes.</summary>
/// <remarks>Created only by <see cref="PackageMarking"/>, which applies the marks first.</remarks>
internal sealed class MarkedPackage
{
    private MarkedPackage(IReadOnlyList<PackageEntry> entries) => Entries = entries;

    /// <summary>Gets the package's entries in their written order, [Content_Types].xml first.</summary>
    public IReadOnlyList<PackageEntry> Entries { get; }

    /// <summary>Wraps entries; callable only from the marking stage, which is what makes the guarantee hold.</summary>
    internal static MarkedPackage FromMarkedEntries(IReadOnlyList<PackageEntry> entries, PackageMarking.Token token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var ordered = entries
            .OrderBy(e => string.Equals(e.Name, "[Content_Types].xml", StringComparison.Ordinal) ? 0 : 1)
            .ToList();
        return new MarkedPackage(ordered);
    }
}
