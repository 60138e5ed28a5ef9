using PetitionKit.Word;

namespace PetitionKit.Cli.Progress;

/// <summary>What became of one data file in a batch: its draft and report, or its errors.</summary>
/// <param name="DataFile">The data file's name, such as <c>garcia.json</c>.</param>
/// <param name="DraftFile">The draft's name, such as <c>garcia.docx</c>.</param>
/// <param name="Report">The render report, or null when the record failed.</param>
/// <param name="Errors">One compiler-style line per problem; empty when the draft was written.</param>
internal sealed record BatchOutcome(string DataFile, string DraftFile, RenderReport? Report, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
