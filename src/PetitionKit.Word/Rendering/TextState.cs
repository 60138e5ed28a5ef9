
namespace PetitionKit.Word.Rendering;

/// <summary>Where a piece of serialized WordprocessingML starts or ends, for reading its text piece by piece.</summary>
[Flags]
internal enum TextState
{
    /// <summary>Outside any <c>w:t</c>, in the template's own text.</summary>
    None = 0,

    /// <summary>Inside a <c>w:t</c>'s content.</summary>
    InsideText = 1,

    /// <summary>Inside a paragraph of the draft marks (the banner, the provenance footer): text PetitionKit wrote, which
    /// is not the draft's text and is never scanned.</summary>
    InsideMark = 2,
}
