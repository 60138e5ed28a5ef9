namespace PetitionKit.Word.Drafting;

/// <summary>One <c>w:sectPr</c> of the main document as found in its text: where references go, which it has, and
/// whether its first page shows a header of its own.</summary>
internal sealed class SectionMarkup
{
    /// <summary>Gets the text offset where a first child goes: just after the start tag, or at the <c>/&gt;</c> of an
    /// empty element. For a section the marks add, where the new element goes.</summary>
    public required int ContentStart { get; init; }

    /// <summary>Gets whether the element is written <c>&lt;w:sectPr/&gt;</c>.</summary>
    public bool SelfClosing { get; init; }

    /// <summary>Gets the element's name as the template spells it, for its end tag.</summary>
    public string QualifiedName { get; init; } = "w:sectPr";

    /// <summary>Gets whether the prefix <c>w</c> is bound to WordprocessingML where the element stands.</summary>
    public bool MainPrefixBound { get; init; }

    /// <summary>Gets whether the prefix <c>r</c> is bound to relationship references where the element stands.</summary>
    public bool RelationshipsPrefixBound { get; init; }

    /// <summary>Gets whether the marks add this element: the body ended without its last section's properties.</summary>
    public bool IsNew { get; private init; }

    /// <summary>Gets the text a new element is wrapped in (an empty body opening), and how much of the text it replaces.</summary>
    public string NewPrefix { get; private init; } = string.Empty;

    /// <summary>Gets the text after a new element.</summary>
    public string NewSuffix { get; private init; } = string.Empty;

    /// <summary>Gets how many characters at <see cref="ContentStart"/> a new element replaces.</summary>
    public int ReplaceLength { get; private init; }

    /// <summary>Gets the header and footer references the template wrote, in order.</summary>
    public List<ReferenceMarkup> References { get; } = [];

    /// <summary>Gets or sets the value of the first <c>w:titlePg</c>, or null without one.</summary>
    public bool? TitlePage { get; set; }

    /// <summary>Gets the references the marks add, first child first.</summary>
    public List<string> Added { get; } = [];

    /// <summary>A last section's properties the body lacks, to be written at <paramref name="at"/>.</summary>
    public static SectionMarkup NewLast(int at, string prefix, string suffix, int replaceLength = 0) => new()
    {
        ContentStart = at,
        IsNew = true,
        NewPrefix = prefix,
        NewSuffix = suffix,
        ReplaceLength = replaceLength,
        MainPrefixBound = true,
        RelationshipsPrefixBound = false,
    };
}
