using System.Globalization;
using PetitionKit.Word.WordXml;

namespace PetitionKit.Word.Drafting;

/// <summary>Writes the classic Word text watermark: a VML WordArt shape anchored in a header, so it repeats on
/// every page the header serves, centred on the margins, rotated 315° and behind the text.</summary>
/// <remarks>This is the markup Word itself writes for Design › Watermark (ECMA-376 Part 4, §19.1 VML, shape type
/// 136 "text plain"); Word and LibreOffice both render it. The shape's id starts with <c>PowerPlusWaterMarkObject</c>,
/// the name Word gives its own watermarks, so that the reviewing attorney can take it off with Word's Design ›
/// Watermark › Remove Watermark (LibreOffice's Format › Watermark finds it too). LibreOffice draws this WordArt as
/// outlines in a PDF, so text extraction does not see the word; it is visible all the same. Spelt as the Open XML
/// SDK's writer spelt it (attributes in schema order, a space before <c>/&gt;</c>), so drafts are what they were.</remarks>
internal static class WatermarkShape
{
    /// <summary>The shape type id Word gives its WordArt watermark; a part may define it only once.</summary>
    public const string ShapeTypeId = "_x0000_t136";

    /// <summary>The run holding the watermark.</summary>
    /// <param name="text">The watermark's word.</param>
    /// <param name="shapeNumber">A number unique among the package's VML shapes (<c>o:spid</c> is <c>_x0000_s</c>
    /// followed by it).</param>
    /// <param name="defineShapeType">Whether to define shape type 136 here; false when the part already defines it.</param>
    /// <returns>A <c>w:r</c> element; the <c>w</c>, <c>v</c>, <c>o</c> and <c>w10</c> prefixes must be in scope.</returns>
    public static string RunXml(string text, int shapeNumber, bool defineShapeType)
    {
        var number = shapeNumber.ToString(CultureInfo.InvariantCulture);
        return "<w:r><w:rPr><w:noProof /></w:rPr><w:pict>"
            + (defineShapeType ? ShapeTypeXml : string.Empty)
            + $"<v:shape id=\"PowerPlusWaterMarkObject{number}\""
            + " style=\"position:absolute;margin-left:0;margin-top:0;width:468pt;height:156pt;rotation:315;z-index:-251654144;"
            + "mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
            + "mso-position-vertical:center;mso-position-vertical-relative:margin\""
            + $" o:spid=\"_x0000_s{number}\" o:allowincell=\"f\" fillcolor=\"silver\" stroked=\"f\" type=\"#{ShapeTypeId}\">"
            + "<v:fill opacity=\".5\" />"
            + $"<v:textpath style=\"font-family:&quot;Liberation Sans&quot;;font-size:1pt;font-weight:bold\" string=\"{XmlEscape.Attribute(DraftMarks.Inert(text))}\" />"
            + "<w10:wrap anchorx=\"margin\" anchory=\"margin\" />"
            + "</v:shape></w:pict></w:r>";
    }

    private const string ShapeTypeXml =
        "<v:shapetype id=\"" + ShapeTypeId + "\" coordsize=\"21600,21600\" o:spt=\"136\" adj=\"10800\" path=\"m@7,l@8,m@5,21600l@6,21600e\">"
        + "<v:formulas>"
        + "<v:f eqn=\"sum #0 0 10800\" /><v:f eqn=\"prod #0 2 1\" /><v:f eqn=\"sum 21600 0 @1\" /><v:f eqn=\"sum 0 0 @2\" />"
        + "<v:f eqn=\"sum 21600 0 @3\" /><v:f eqn=\"if @0 @3 0\" /><v:f eqn=\"if @0 21600 @1\" /><v:f eqn=\"if @0 0 @2\" />"
        + "<v:f eqn=\"if @0 @4 21600\" /><v:f eqn=\"mid @5 @6\" /><v:f eqn=\"mid @8 @5\" /><v:f eqn=\"mid @7 @8\" />"
        + "<v:f eqn=\"mid @6 @7\" /><v:f eqn=\"sum @6 0 @5\" />"
        + "</v:formulas>"
        + "<v:path textpathok=\"t\" o:connecttype=\"custom\" o:connectlocs=\"@9,0;@10,10800;@11,21600;@12,10800\" o:connectangles=\"270,180,90,0\" />"
        + "<v:textpath on=\"t\" fitshape=\"t\" />"
        + "<v:handles><v:h position=\"#0,bottomRight\" xrange=\"6629,14971\" /></v:handles>"
        + "<o:lock v:ext=\"edit\" text=\"t\" shapetype=\"t\" />"
        + "</v:shapetype>";
}
