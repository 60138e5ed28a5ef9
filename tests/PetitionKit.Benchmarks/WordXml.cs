using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace PetitionKit.Benchmarks;

/// <summary>WordprocessingML fragments written the way Word writes them: text cut into several runs, some tags split
/// over two runs with proofing marks between the pieces, as a real edited template has them.</summary>
internal static partial class WordXml
{
    public const string MainNs = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    public const string RelNs = "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    /// <summary>A run of plain text, space preserved.</summary>
    public static string Run(string text) =>
        $"<w:r><w:t xml:space=\"preserve\">{SecurityElement.Escape(text)}</w:t></w:r>";

    /// <summary>A run with run properties (for example <c>&lt;w:b/&gt;</c>).</summary>
    public static string Run(string properties, string text) =>
        $"<w:r><w:rPr>{properties}</w:rPr><w:t xml:space=\"preserve\">{SecurityElement.Escape(text)}</w:t></w:r>";

    /// <summary>A tag cut in two runs at its middle with a spell-check mark between, as Word leaves a tag typed in two goes.</summary>
    public static string SplitTag(string tag)
    {
        var cut = tag.Length / 2;
        return Run(tag[..cut]) + "<w:proofErr w:type=\"spellStart\"/>" + Run(tag[cut..]) + "<w:proofErr w:type=\"spellEnd\"/>";
    }

    /// <summary>A paragraph with properties and run XML.</summary>
    public static string Paragraph(string properties, string runs) =>
        properties.Length == 0 ? $"<w:p>{runs}</w:p>" : $"<w:p><w:pPr>{properties}</w:pPr>{runs}</w:p>";

    /// <summary>A paragraph holding only one tag (a block tag stands alone so its paragraph disappears).</summary>
    public static string TagParagraph(string tag) => Paragraph(string.Empty, Run(tag));

    /// <summary>The properties of an item in the numbered allegation list.</summary>
    public static string Numbered => "<w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr><w:spacing w:line=\"480\" w:lineRule=\"auto\"/>";

    /// <summary>Turns a sentence such as <c>"Petitioner [petitioner.name] lives in [petitioner.city]."</c> into runs:
    /// literal text, and a tag per bracketed path in the given syntax; every second tag is split over runs.</summary>
    public static string Sentence(string sentence, Func<string, string> tag, ref int tagCount)
    {
        var runs = new StringBuilder();
        var at = 0;
        foreach (Match match in TagPattern().Matches(sentence))
        {
            if (match.Index > at)
            {
                runs.Append(Run(sentence[at..match.Index]));
            }

            var text = tag(match.Groups["path"].Value);
            runs.Append(tagCount++ % 2 == 1 ? SplitTag(text) : Run(text));
            at = match.Index + match.Length;
        }

        if (at < sentence.Length)
        {
            runs.Append(Run(sentence[at..]));
        }

        return runs.ToString();
    }

    /// <summary>A table cell of a given width holding paragraphs.</summary>
    public static string Cell(int width, string paragraphs) =>
        $"<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/></w:tcPr>{paragraphs}</w:tc>";

    /// <summary>A table with a grid and rows (each row's XML is a list of cells).</summary>
    public static string Table(int[] widths, bool borders, IEnumerable<string> rows)
    {
        var grid = string.Concat(widths.Select(w => $"<w:gridCol w:w=\"{w}\"/>"));
        var style = borders ? "<w:tblStyle w:val=\"TableGrid\"/>" : string.Empty;
        return $"<w:tbl><w:tblPr>{style}<w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
            + string.Concat(rows.Select(r => $"<w:tr>{r}</w:tr>")) + "</w:tbl>";
    }

    [GeneratedRegex(@"\[(?<path>[a-z_.]+)\]", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TagPattern();
}
