using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PetitionKit.Word.Lexing;
using PetitionKit.Word.Rendering;

namespace PetitionKit.Word.Repair;

/// <summary>Repairs what a render's loops can leave behind (docs/engine.md#structure-repair): a table cell must hold a
/// paragraph, a table must hold a row, and each drawing needs its own id. Works on the rendered string: no object model
/// per render.</summary>
internal static partial class StructureRepair
{
    public static void GiveDrawingsIds(CountingOutput output, RenderSession session)
    {
        var xml = output.Written;
        if (xml.IndexOf(TagMarkers.DrawingId) < 0)
        {
            return;
        }

        var numbered = new StringBuilder(xml.Length + 64);
        foreach (var c in xml)
        {
            if (c == TagMarkers.DrawingId)
            {
                numbered.Append(session.NextDrawingId.ToString(CultureInfo.InvariantCulture));
                session.NextDrawingId++;
            }
            else
            {
                numbered.Append(c);
            }
        }

        output.Replace(numbered.ToString());
    }

    public static void RepairTables(CountingOutput output)
    {
        // A table whose loops left no row is removed whole; a cell left with no paragraph gets an empty one (§17.4.66).
        // Most renders leave nothing to repair: look for the cheap signs first, and run a regex only on a hit.
        var emptyTable = output.Written.Contains(EmptyTableSign, StringComparison.Ordinal);
        if (!emptyTable && !HasEmptyCellSign(output.Written))
        {
            return;
        }

        var xml = output.ToString();
        var repaired = emptyTable ? EmptyTable().Replace(xml, string.Empty) : xml;
        output.Replace(HasEmptyCellSign(repaired) ? EmptyCell().Replace(repaired, "${open}<w:p/></w:tc>") : repaired);
    }

    private const string EmptyTableSign = "</w:tblGrid></w:tbl>";

    /// <summary>Whether a cell closes right after it opens or after its properties: one search for the cells' ends.</summary>
    private static bool HasEmptyCellSign(ReadOnlySpan<char> xml)
    {
        const string CellEnd = "</w:tc>";
        for (var at = xml.IndexOf(CellEnd, StringComparison.Ordinal); at >= 0;)
        {
            var before = xml[..at];
            if (before.EndsWith("</w:tcPr>", StringComparison.Ordinal) || before.EndsWith("<w:tcPr/>", StringComparison.Ordinal)
                || before.EndsWith("<w:tc>", StringComparison.Ordinal) || IsCellStartTag(before))
            {
                return true;
            }

            var next = xml[(at + CellEnd.Length)..].IndexOf(CellEnd, StringComparison.Ordinal);
            at = next < 0 ? -1 : next + at + CellEnd.Length;
        }

        return false;
    }

    /// <summary>Whether the text ends with a <c>w:tc</c> start tag that has attributes.</summary>
    private static bool IsCellStartTag(ReadOnlySpan<char> before)
    {
        if (before.Length == 0 || before[^1] != '>')
        {
            return false;
        }

        var open = before.LastIndexOf('<');
        return open >= 0 && before[open..].StartsWith("<w:tc ", StringComparison.Ordinal);
    }

    [GeneratedRegex("<w:tbl>(?:(?!<w:tr[ >]|</w:tbl>).)*</w:tbl>", RegexOptions.CultureInvariant | RegexOptions.Singleline, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex EmptyTable();

    [GeneratedRegex("(?<open><w:tc>|<w:tc [^>]*>|</w:tcPr>|<w:tcPr/>)</w:tc>", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex EmptyCell();
}
