using Scriban;

namespace PetitionKit.Rendering;

/// <summary>One story part lowered into a Scriban program whose literal text is pre-serialised XML.</summary>
/// <remarks>Immutable after compile; rendered by any number of threads at once.</remarks>
internal sealed class CompiledPart(string entryName, PartKind kind, Template program, int[] tagOffsets, TagSite[] tags, string? finalSectionPropertiesXml, bool hasDrawingIds, bool needsTableRepair)
{
    private readonly int[] _tagOffsets = tagOffsets;
    private readonly TagSite[] _tags = tags;

    /// <summary>Gets the zip entry name, such as <c>word/document.xml</c>.</summary>
    public string EntryName { get; } = entryName;

    public PartKind Kind { get; } = kind;

    public Template Program { get; } = program;

    public IReadOnlyList<TagSite> Tags => _tags;

    /// <summary>Gets a value indicating whether this is the main document, where the review checklist goes.</summary>
    public bool HasChecklistSlot => FinalSectionPropertiesXml is not null;

    /// <summary>Gets the body's last section properties, which the checklist's own section repeats; null in other parts.</summary>
    public string? FinalSectionPropertiesXml { get; } = finalSectionPropertiesXml;

    public bool HasDrawingIds { get; } = hasDrawingIds;

    /// <summary>Gets a value indicating whether blocks sit in tables, so a render may leave a cell or table empty.</summary>
    public bool NeedsTableRepair { get; } = needsTableRepair;

    /// <summary>Maps an offset in the program's source back to the tag that holds it.</summary>
    public TagSite? TagAt(int offset)
    {
        var index = Array.BinarySearch(_tagOffsets, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return index >= 0 ? _tags[index] : null;
    }
}
