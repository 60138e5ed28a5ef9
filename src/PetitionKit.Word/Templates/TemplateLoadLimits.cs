
namespace PetitionKit.Word.Templates;

/// <summary>Bounds on loading one template, so a hostile file is refused before it costs the host its memory, its
/// stack or its time.</summary>
/// <remarks>Templates are shared between organizations, so they are untrusted input. Immutable.</remarks>
public sealed record TemplateLoadLimits
{
    /// <summary>Gets the limits used when none are given.</summary>
    public static TemplateLoadLimits Default { get; } = new();

    /// <summary>Gets the largest template file, .docx as stored (default 64 MiB: room for scanned exhibits).</summary>
    public long MaxPackageBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Gets the most bytes all parts of a .docx may expand to (default 256 MiB).</summary>
    public long MaxExpandedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Gets the largest XML part once expanded, and the largest Word XML (Flat OPC) file, which is parsed whole
    /// (default 16 MiB; a 300-page brief's document part is a few megabytes). Parsing costs many times a part's size,
    /// so this bound, checked before any parser runs, is what bounds the load's memory.</summary>
    public long MaxXmlPartBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Gets the deepest nesting of XML elements in any part (default 256; Word's own documents stay under 40).
    /// Checked by a scan that does not recurse, before any parser that does sees the part.</summary>
    public int MaxXmlDepth { get; init; } = 256;

    /// <summary>Gets the longest a load may take before it is stopped (default 30 seconds).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}
