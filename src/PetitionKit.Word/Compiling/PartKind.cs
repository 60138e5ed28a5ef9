
namespace PetitionKit.Word.Compiling;

/// <summary>How a part's text is held: WordprocessingML runs, or the plain text of document properties.</summary>
internal enum PartKind
{
    /// <summary>Body, headers, footers, footnotes, endnotes.</summary>
    Story,

    /// <summary>Core or custom document properties.</summary>
    Properties,
}
