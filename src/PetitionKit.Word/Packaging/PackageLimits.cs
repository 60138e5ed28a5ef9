namespace PetitionKit.Word.Packaging;

/// <summary>Fixed bounds on a template package; the ones a host may change are in <see cref="Templates.TemplateLoadLimits"/>.</summary>
internal static class PackageLimits
{
    /// <summary>Word writes a few dozen parts; thousands mean something else.</summary>
    public const int MaxEntries = 2_000;

    /// <summary>Text XML compresses about 10:1; 200:1 over a megabyte is a bomb, not a document.</summary>
    public const int MaxCompressionRatio = 200;
}
