using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PetitionKit.Rendering;

/// <summary>Repairs what a render's loops can leave behind (engine notes §4): a table cell must hold a paragraph, a
/// table must hold a row, and each drawing needs its own id. Works on the rendered string: no object model per render.</summary>
internal static partial class StructureRepair
{
    public static string GiveDrawingsIds(string xml, RenderSession session)
    {
        if (xml.IndexOf(TagMarkers.DrawingId, StringComparison.Ordinal) < 0)
        {
            return xml;
        }

        var output = new StringBuilder(xml.Length + 64);
        foreach (var c in xml)
        {
            if (c == TagMarkers.DrawingId)
            {
                output.Append(session.NextDrawingId.ToString(CultureInfo.InvariantCulture));
                session.NextDrawingId++;
            }
            else
            {
                output.Append(c);
            }
        }

        return output.ToString();
    }

    public static string RepairTables(string xml)
    {
        // A table whose loops left no row is removed whole; a cell left with no paragraph gets an empty one (§17.4.66).
        // Most renders leave nothing to repair: look for the cheap signs first, and run a regex only on a hit.
        var repaired = xml.Contains("</w:tblGrid></w:tbl>", StringComparison.Ordinal) ? EmptyTable().Replace(xml, string.Empty) : xml;
        var emptyCell = repaired.Contains("</w:tcPr></w:tc>", StringComparison.Ordinal)
            || repaired.Contains("<w:tc></w:tc>", StringComparison.Ordinal)
            || repaired.Contains("<w:tcPr/></w:tc>", StringComparison.Ordinal);
        return emptyCell ? EmptyCell().Replace(repaired, "${open}<w:p/></w:tc>") : repaired;
    }

    [GeneratedRegex("<w:tbl>(?:(?!<w:tr[ >]|</w:tbl>).)*</w:tbl>", RegexOptions.CultureInvariant | RegexOptions.Singleline, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex EmptyTable();

    [GeneratedRegex("(?<open><w:tc>|<w:tc [^>]*>|</w:tcPr>|<w:tcPr/>)</w:tc>", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex EmptyCell();
}
