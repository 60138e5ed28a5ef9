
namespace PetitionKit.Word.Drafting;

/// <summary>A Word comment that points the reviewer at a gap in the draft, such as a missing fact's placeholder.</summary>
/// <param name="Id">The comment id, unique in the comments part (see <see cref="GapComments.NextId"/>).</param>
/// <param name="Text">What is missing and what to do, in plain words.</param>
internal sealed record GapComment(int Id, string Text);
