using PetitionKit.Word.WordXml;

namespace PetitionKit.Word.Drafting;

/// <summary>What every paragraph the draft marks add has in common, and the rule for the inputs they print.</summary>
internal static class DraftMarks
{
    /// <summary>The revision id (<c>w:rsidR</c>, §17.3.1.22) that marks a paragraph as the draft marks' own, so that
    /// diagnostics number the template's paragraphs as its author sees them in Word. "PKDM" would not fit; 0x504B4D is "PKM".</summary>
    public const string MarkRevisionId = "00504B4D";

    /// <summary>The attribute that gives a marks paragraph the marks' revision id; it follows the paragraph's
    /// namespace declarations.</summary>
    public const string RevisionAttribute = "w:rsidR=\"" + MarkRevisionId + "\"";

    /// <summary>Makes text from the inputs (a template's name, an organisation's banner) inert for the template
    /// engine, which reads every story part and property for <c>{{ … }}</c> after the marks are applied.</summary>
    /// <remarks>Braces become parentheses: a name such as <c>{{x}}.docx</c> must print, never run. Escaping is the
    /// writer's (<see cref="XmlEscape"/>).</remarks>
    public static string Inert(string text) => text.Replace('{', '(').Replace('}', ')');
}
