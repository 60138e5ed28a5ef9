using PetitionKit.Word;

namespace PetitionKit.Samples;

/// <summary>One draft the generator writes: its file, the template that drafts it and where its data comes from.</summary>
/// <param name="FileName">The draft's file name in the output folder.</param>
/// <param name="Template">The template's name.</param>
/// <param name="Source">Where the data comes from, such as "JSON" or "C#".</param>
/// <param name="Draft">Writes the draft to a stream and returns the report.</param>
public sealed record DraftJob(string FileName, string Template, string Source, Func<Stream, CancellationToken, Task<RenderReport>> Draft);
