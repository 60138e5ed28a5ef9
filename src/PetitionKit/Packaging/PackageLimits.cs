namespace PetitionKit.Packaging;

/// <summary>Bounds on a template package, so a zip bomb or a hostile file is refused before it costs memory.</summary>
internal static class PackageLimits
{
    /// <summary>A pleading template with pictures is a few megabytes; 64 MiB leaves room for scanned exhibits.</summary>
    public const long MaxPackageBytes = 64L * 1024 * 1024;

    /// <summary>The most bytes all parts may expand to.</summary>
    public const long MaxExpandedBytes = 256L * 1024 * 1024;

    /// <summary>Word writes a few dozen parts; thousands mean something else.</summary>
    public const int MaxEntries = 2_000;

    /// <summary>Text XML compresses about 10:1; 200:1 over a megabyte is a bomb, not a document.</summary>
    public const int MaxCompressionRatio = 200;
}
