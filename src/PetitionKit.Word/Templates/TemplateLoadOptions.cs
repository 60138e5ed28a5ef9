using PetitionKit.Word.Drafting;

namespace PetitionKit.Word.Templates;

/// <summary>How a template is loaded: its draft marking and version.</summary>
/// <remarks>Immutable.</remarks>
public sealed record TemplateLoadOptions
{
    /// <summary>Gets the options used when none are given.</summary>
    public static TemplateLoadOptions Default { get; } = new();

    /// <summary>Gets the wording of the draft marks; they are always applied and cannot be turned off.</summary>
    public DraftMarking Marking { get; init; } = DraftMarking.Default;

    /// <summary>Gets the template's version, shown in every draft's footer; when absent, the footer shows the start of
    /// the template's content hash.</summary>
    public string? Version { get; init; }

    /// <summary>Gets the bounds on the file's size, its parts' size and nesting, and the time loading may take.</summary>
    public TemplateLoadLimits Limits { get; init; } = TemplateLoadLimits.Default;
}
