
namespace PetitionKit.Word.Packaging;

/// <summary>One part of a package as bytes, by its zip entry name (no leading slash).</summary>
internal sealed record PackageEntry(string Name, byte[] Content);
