using PetitionKit.Word.BlockScope;
using PetitionKit.Word.Lexing;
using PetitionKit.Word.Templates;

namespace PetitionKit.Word.Compiling;

/// <summary>Describes compiled tags for a lint: the author's own, in document order, in plain words.</summary>
internal static class TemplateTags
{
    public static IReadOnlyList<TemplateTag> Describe(IEnumerable<TagSite> tags) =>
        tags.Where(t => !t.FromDraftMarks)
            .Select(t => new TemplateTag(t.Text, Describe(t.Kind), Describe(t.Scope, t.Kind), t.Location))
            .ToList();

    private static string Describe(TagKind kind) => kind switch
    {
        TagKind.Value => "value",
        TagKind.Silent => "statement",
        TagKind.Open => "block",
        TagKind.Middle => "else",
        _ => "end",
    };

    private static string Describe(TagScope scope, TagKind kind) => kind is TagKind.Value ? "inline" : scope switch
    {
        TagScope.Paragraph => "paragraphs",
        TagScope.Row => "row",
        _ => "inline",
    };
}
