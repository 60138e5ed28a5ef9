using PetitionKit.Word.WordXml;

namespace PetitionKit.Word.Drafting;

/// <summary>Writes the paragraph put at the top of every header: the banner line, plus the watermark's anchor.</summary>
/// <remarks>Spelt as the Open XML SDK's writer spelt it when the SDK placed it (attributes in schema order, <c>w:start</c>
/// and <c>w:end</c> for the indents, a space before <c>/&gt;</c>), so drafts are byte for byte what they were.</remarks>
internal static class HeaderBanner
{
    /// <summary>The banner paragraph, with its own namespace declarations so it parses alone.</summary>
    /// <param name="marking">The wording.</param>
    /// <param name="shapeNumber">A number unique among the package's VML shapes.</param>
    /// <param name="defineShapeType">Whether the watermark run must define VML shape type 136.</param>
    /// <returns>A <c>w:p</c> element.</returns>
    public static string ParagraphXml(DraftMarking marking, int shapeNumber, bool defineShapeType) =>
        $"<w:p {WordFragment.MainDeclaration} {WordFragment.VmlDeclarations} {DraftMarks.RevisionAttribute}>"
        // Direct formatting only: the template's Normal style may be double-spaced, indented or numbered, and a
        // header paragraph inherits it. A thick rule under the line sets it apart from the pleading's own text.
        + "<w:pPr><w:keepNext /><w:pBdr><w:bottom w:val=\"single\" w:color=\"C00000\" w:sz=\"12\" w:space=\"1\" /></w:pBdr>"
        + "<w:spacing w:before=\"0\" w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\" />"
        + "<w:ind w:start=\"0\" w:end=\"0\" w:firstLine=\"0\" /><w:jc w:val=\"center\" />"
        + $"<w:rPr>{RunProperties}</w:rPr></w:pPr>"
        + WatermarkShape.RunXml(marking.WatermarkText, shapeNumber, defineShapeType)
        + WordFragment.FormattedRun(DraftMarks.Inert(marking.BannerText), RunProperties)
        + "</w:p>";

    // Sans-serif, bold, capitals and dark red: nothing a pleading's body text looks like. No letter spacing, so that
    // text extraction and search still read the banner as words.
    private const string RunProperties =
        "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\" /><w:b /><w:bCs /><w:i w:val=\"0\" /><w:caps />"
        + "<w:strike w:val=\"0\" /><w:vanish w:val=\"0\" /><w:color w:val=\"C00000\" />"
        + "<w:sz w:val=\"20\" /><w:szCs w:val=\"20\" /><w:u w:val=\"none\" />";
}
