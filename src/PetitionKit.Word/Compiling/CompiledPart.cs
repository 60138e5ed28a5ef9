using PetitionKit.Word.Lexing;
using Scriban;

namespace PetitionKit.Word.Compiling;

/// <summary>One story part lowered into a Scriban program whose literal text is pre-serialised XML.</summary>
/// <remarks>Immutable after compile but for a buffer-size hint; rendered by any number of threads at once.</remarks>
internal sealed class CompiledPart(string entryName, PartKind kind, Template program, int[] tagOffsets, TagSite[] tags, string? finalSectionPropertiesXml, bool hasDrawingIds, bool needsTableRepair)
{
    private readonly int[] _tagOffsets = tagOffsets;
    private readonly TagSite[] _tags = tags;
    private int _outputSizeHint = kind == PartKind.Story ? 16 * 1024 : 1024;

    /// <summary>Gets the zip entry name, such as <c>word/document.xml</c>.</summary>
    public string EntryName { get; } = entryName;

    public PartKind Kind { get; } = kind;

    /// <summary>Gets how the part is named to people, such as "body" or "footer 1".</summary>
    public string Description { get; } = Templates.PartNames.Describe("/" + entryName);

    public Template Program { get; } = program;

    public IReadOnlyList<TagSite> Tags => _tags;

    /// <summary>Gets a value indicating whether this is the main document, where the review checklist goes.</summary>
    public bool HasChecklistSlot => ChecklistLead is not null;

    /// <summary>Gets the checklist appendix's lead: the section break repeating the body's last section properties;
    /// made once. Null in other parts.</summary>
    public Drafting.ChecklistLead? ChecklistLead { get; } = finalSectionPropertiesXml is null ? null : Drafting.ChecklistSection.Lead(finalSectionPropertiesXml);

    /// <summary>Gets or sets how many characters the last render of this part wrote, so the next one rents a buffer
    /// that size at once instead of growing and copying. Only buffer sizes depend on it, never output; a race between
    /// threads costs at most one copy.</summary>
    public int OutputSizeHint
    {
        get => Volatile.Read(ref _outputSizeHint);
        set => Volatile.Write(ref _outputSizeHint, value);
    }

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
