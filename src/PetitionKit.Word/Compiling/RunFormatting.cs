using System.Xml.Linq;
using PetitionKit.Word.WordXml;

namespace PetitionKit.Word.Compiling;

/// <summary>Derives, at compile, the formatting XML a value needs at render: the highlighted placeholder run and the
/// properties of a paragraph a value's blank line starts. Element order follows the schema (ECMA-376 Part 1 §17.3.2.28, §17.3.1.26).</summary>
internal static class RunFormatting
{
    // Children of w:rPr that come after w:highlight in CT_RPr's sequence.
    private static readonly string[] AfterHighlight =
        ["u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath", "rPrChange"];

    // Children of w:pPr that come before w:numPr in CT_PPrBase's sequence.
    private static readonly string[] BeforeNumbering = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl"];

    /// <summary>The run properties of a missing-value placeholder: the tag's own, highlighted yellow.</summary>
    public static string PlaceholderRunProperties(string runPropertiesXml)
    {
        var properties = runPropertiesXml.Length == 0 ? new XElement(W.RPr) : XElement.Parse(runPropertiesXml);
        properties.Elements(W.Ns + "highlight").Remove();
        var highlight = new XElement(W.Ns + "highlight", new XAttribute(W.Val, "yellow"));
        var after = properties.Elements().FirstOrDefault(e => AfterHighlight.Contains(e.Name.LocalName));
        if (after is null)
        {
            properties.Add(highlight);
        }
        else
        {
            after.AddBeforeSelf(highlight);
        }

        return properties.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>The properties of the paragraph a value's blank line starts: the same style, but no new list number,
    /// no page break and no second section break.</summary>
    public static string ContinuationParagraphProperties(string paragraphPropertiesXml)
    {
        if (paragraphPropertiesXml.Length == 0)
        {
            return string.Empty;
        }

        var properties = XElement.Parse(paragraphPropertiesXml);
        properties.Elements().Where(e => e.Name.LocalName is "sectPr" or "pPrChange" or "pageBreakBefore").Remove();
        var numbered = properties.Element(W.Ns + "numPr") is not null || properties.Element(W.PStyle) is not null;
        properties.Elements(W.Ns + "numPr").Remove();
        if (numbered)
        {
            // numId 0 turns list numbering off even where the paragraph style carries it (§17.9.19).
            var none = new XElement(W.Ns + "numPr", new XElement(W.Ns + "numId", new XAttribute(W.Val, "0")));
            var before = properties.Elements().LastOrDefault(e => BeforeNumbering.Contains(e.Name.LocalName));
            if (before is null)
            {
                properties.AddFirst(none);
            }
            else
            {
                before.AddAfterSelf(none);
            }
        }

        return properties.ToString(SaveOptions.DisableFormatting);
    }
}
