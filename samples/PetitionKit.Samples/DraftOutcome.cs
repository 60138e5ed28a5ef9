using PetitionKit.Word;

namespace PetitionKit.Samples;

/// <summary>What became of one <see cref="DraftJob"/>: its report, or why it failed.</summary>
/// <param name="Job">The job.</param>
/// <param name="Path">The draft's full path; the file exists only when the job succeeded.</param>
/// <param name="Report">The render report when the draft was written.</param>
/// <param name="Failure">Why the draft was not written, or why it is wrong.</param>
public sealed record DraftOutcome(DraftJob Job, string Path, RenderReport? Report, string? Failure)
{
    /// <summary>Gets a value indicating whether the draft was written and nothing is wrong with it.</summary>
    public bool Succeeded => Failure is null;
}
