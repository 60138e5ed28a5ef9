using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PetitionKit.Tests.TestSupport;

/// <summary>Builds real .docx packages from WordprocessingML fragments, the way Word writes them: tags split over
/// runs on purpose, proofing marks and bookmarks between the pieces.</summary>
public static class Docx
{
    public const string Ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    /// <summary>A paragraph whose text is cut into one run per piece.</summary>
    public static string Paragraph(params string[] runs) => $"<w:p>{string.Concat(runs.Select(Run))}</w:p>";

    /// <summary>A paragraph with a style and runs.</summary>
    public static string StyledParagraph(string styleId, params string[] runs) =>
        $"<w:p><w:pPr><w:pStyle w:val=\"{styleId}\"/></w:pPr>{string.Concat(runs.Select(Run))}</w:p>";

    /// <summary>A run holding text, with space preserved.</summary>
    public static string Run(string text) =>
        $"<w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(text)}</w:t></w:r>";

    /// <summary>A bold run.</summary>
    public static string BoldRun(string text) =>
        $"<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(text)}</w:t></w:r>";

    /// <summary>A table of rows, each row a list of cell paragraphs' XML.</summary>
    public static string Table(params string[][] rows)
    {
        var grid = string.Concat(Enumerable.Repeat("<w:gridCol w:w=\"3000\"/>", rows.Max(r => r.Length)));
        var body = string.Concat(rows.Select(r =>
            "<w:tr>" + string.Concat(r.Select(c => $"<w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/></w:tcPr>{c}</w:tc>")) + "</w:tr>"));
        return "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"
            + $"<w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>";
    }

    /// <summary>A table of rows given as XML (<see cref="Row"/>), <paramref name="columns"/> grid columns wide.</summary>
    public static string TableOfRows(int columns, params string[] rows) =>
        "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"
        + $"<w:tblGrid>{string.Concat(Enumerable.Repeat("<w:gridCol w:w=\"3000\"/>", columns))}</w:tblGrid>{string.Concat(rows)}</w:tbl>";

    /// <summary>A table row of cells, each given as its paragraphs' XML, with optional row properties (<c>w:trPr</c> content).</summary>
    public static string Row(string rowProperties, params string[] cells) =>
        "<w:tr>" + (rowProperties.Length == 0 ? string.Empty : $"<w:trPr>{rowProperties}</w:trPr>")
        + string.Concat(cells.Select(c => $"<w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/></w:tcPr>{c}</w:tc>")) + "</w:tr>";

    /// <summary>A complete package with the given body content, plus optional header and footer paragraphs.</summary>
    public static byte[] Package(string bodyXml, string? headerXml = null, string? footerXml = null, string? footnotesXml = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            var sectionRefs = string.Empty;
            if (headerXml is not null)
            {
                var header = main.AddNewPart<HeaderPart>();
                header.Header = new Header($"<w:hdr {Ns}>{headerXml}</w:hdr>");
                sectionRefs += $"<w:headerReference w:type=\"default\" r:id=\"{main.GetIdOfPart(header)}\"/>";
            }

            if (footerXml is not null)
            {
                var footer = main.AddNewPart<FooterPart>();
                footer.Footer = new Footer($"<w:ftr {Ns}>{footerXml}</w:ftr>");
                sectionRefs += $"<w:footerReference w:type=\"default\" r:id=\"{main.GetIdOfPart(footer)}\"/>";
            }

            if (footnotesXml is not null)
            {
                var notes = main.AddNewPart<FootnotesPart>();
                notes.Footnotes = new Footnotes(
                    $"<w:footnotes {Ns}>"
                    + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                    + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
                    + footnotesXml + "</w:footnotes>");
            }

            const string Rel = "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
            main.Document = new Document(
                $"<w:document {Ns} {Rel}><w:body>{bodyXml}<w:sectPr>{sectionRefs}"
                + "<w:pgSz w:w=\"12240\" w:h=\"15840\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/>"
                + "</w:sectPr></w:body></w:document>");
            document.PackageProperties.Title = "Test template";
        }

        return stream.ToArray();
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            $"<w:styles {Ns}>"
            + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Liberation Serif\" w:hAnsi=\"Liberation Serif\" w:cs=\"Liberation Serif\"/><w:sz w:val=\"24\"/></w:rPr></w:rPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>"
            + "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:tblPr><w:tblBorders>"
            + "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
            + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
            + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
            + "</w:tblBorders></w:tblPr></w:style>"
            + "</w:styles>");
    }
}
