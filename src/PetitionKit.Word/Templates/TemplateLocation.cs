using System.Globalization;

namespace PetitionKit.Word.Templates;

/// <summary>Where in a template something sits, in terms a template author can find in Word.</summary>
/// <param name="TemplateName">The template's name, as given when it was loaded.</param>
/// <param name="PartUri">The package part, such as <c>/word/document.xml</c>.</param>
/// <param name="Paragraph">The 1-based paragraph number within the part, counting every paragraph (also in tables), or 0 when not in a paragraph.</param>
/// <param name="Column">The 1-based character position within the paragraph's text, or 0 when not known.</param>
public readonly record struct TemplateLocation(string TemplateName, string PartUri, int Paragraph, int Column)
{
    /// <summary>Gets the part described in Word's terms: body, header 1, footnotes, document properties.</summary>
    public string PartDescription => PartNames.Describe(PartUri);

    /// <summary>Formats the location compiler style: <c>name/word/document.xml(¶14,7)</c>.</summary>
    /// <returns>The formatted location.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{TemplateName}{PartUri}(¶{Paragraph},{Column})");
}
