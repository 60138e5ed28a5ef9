using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Templates;

namespace PetitionKit.Word;

/// <summary>A template could not be loaded or rendered; <see cref="Diagnostics"/> lists every problem found.</summary>
public sealed class TemplateException : PetitionKitException
{
    internal TemplateException(IReadOnlyList<Diagnostic> diagnostics, Exception? innerException = null)
        : base(Describe(diagnostics), innerException)
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Gets every problem found, in document order; never empty.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets the tags found before the problems stopped the load, so a lint can still list them; empty when the
    /// file could not be read as a package at all, or the problem arose while rendering.</summary>
    public IReadOnlyList<TemplateTag> Tags { get; internal init; } = [];

    private static string Describe(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (diagnostics.Count == 0)
        {
            throw new ArgumentException("A template exception needs at least one diagnostic.", nameof(diagnostics));
        }

        var count = diagnostics.Count == 1 ? "1 problem" : $"{diagnostics.Count} problems";
        return $"The template has {count}:{Environment.NewLine}{string.Join(Environment.NewLine, diagnostics)}";
    }
}
