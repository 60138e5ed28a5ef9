using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Drafting;
using PetitionKit.Word.Packaging;

namespace PetitionKit.Word.Compiling;

/// <summary>A marked template package with its tagged parts compiled; immutable and shared by every render.</summary>
internal sealed class CompiledTemplate(
    TemplateIdentity identity,
    MarkedPackage package,
    IReadOnlyList<CompiledPart> parts,
    IReadOnlyList<Diagnostic> warnings,
    string? commentsEntryName,
    int firstCommentId)
{
    public TemplateIdentity Identity { get; } = identity;

    public MarkedPackage Package { get; } = package;

    public IReadOnlyList<CompiledPart> Parts { get; } = parts;

    public IReadOnlyList<Diagnostic> Warnings { get; } = warnings;

    /// <summary>Gets the comments part's entry name, which a render fills with the comments on missing values.</summary>
    public string? CommentsEntryName { get; } = commentsEntryName;

    /// <summary>Gets the first comment id free above the template's own comments.</summary>
    public int FirstCommentId { get; } = firstCommentId;
}
