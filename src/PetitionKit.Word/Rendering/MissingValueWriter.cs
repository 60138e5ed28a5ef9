using PetitionKit.Word.Compiling;
using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Drafting;
using PetitionKit.Word.Lexing;
using PetitionKit.Word.WordXml;

namespace PetitionKit.Word.Rendering;

/// <summary>Handles a tag whose value is missing: a visible, highlighted placeholder naming the fact, with a Word
/// comment on it, listed in the report (docs/engine.md#missing-values); or, in strict mode, an error.</summary>
internal static class MissingValueWriter
{
    /// <param name="tag">The tag whose value is missing.</param>
    /// <param name="session">The render.</param>
    /// <param name="part">The part the tag is in.</param>
    /// <param name="nameInData">The value's path in the data when the tag reaches it through a template variable
    /// (a loop's "p.residence.state" is "petitioners[1].residence.state"); null to name it as the tag writes it.</param>
    public static string Write(TagSite tag, RenderSession session, CompiledPart part, string? nameInData)
    {
        var name = nameInData ?? tag.Code.Trim().TrimStart('-').TrimEnd('-').Trim();
        session.Missing.Add(new MissingValue(name, tag.Location, tag.Section, tag.Excerpt));
        if (session.Options.Strict)
        {
            session.Error(DiagnosticCodes.MissingValue, tag,
                $"No value for ‘{name}’. Supply it in the data, or turn off strict mode to draft with a visible placeholder.", "/" + part.EntryName);
            return string.Empty;
        }

        var placeholder = $"[MISSING: {name}]";
        if (!tag.IsWordText)
        {
            return XmlEscape.Content(placeholder);
        }

        // The placeholder is a run of its own, highlighted, between the text before the tag and the text after it.
        var (commentStart, commentEnd) = Comment(name, session);
        return WordFragment.CloseTextRun
            + commentStart
            + WordFragment.Run(placeholder, tag.PlaceholderRunPropertiesXml)
            + commentEnd
            + WordFragment.OpenTextRun(tag.RunPropertiesXml);
    }

    private static (string Start, string End) Comment(string name, RenderSession session)
    {
        if (session.NextCommentId < 0)
        {
            return (string.Empty, string.Empty);
        }

        var id = session.NextCommentId++;
        session.GapComments.Add(new GapComment(id, ReviewMarks.GapCommentText(session.Marks, name)));
        return GapComments.RangeMarkup(id);
    }
}
