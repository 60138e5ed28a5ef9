
namespace PetitionKit.Word;

/// <summary>Limits on what one render may do, sized for real pleadings rather than for Scriban's defaults.</summary>
/// <remarks>Templates are shared between organizations, so they are untrusted input. Immutable.</remarks>
public sealed record RenderLimits
{
    /// <summary>Gets the limits used when none are given.</summary>
    public static RenderLimits Default { get; } = new();

    /// <summary>Gets the most loop iterations one render may run, counted over all loops together (default 200,000).</summary>
    public int MaxLoopIterations { get; init; } = 200_000;

    /// <summary>Gets the deepest nesting of function calls a template may reach (default 64).</summary>
    public int MaxRecursionDepth { get; init; } = 64;

    /// <summary>Gets the most characters of XML one story part may render to (default 64 million); past it the render fails
    /// instead of truncating.</summary>
    public int MaxOutputCharacters { get; init; } = 64_000_000;

    /// <summary>Gets the longest one render may take before it is cancelled (default 30 seconds).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}
