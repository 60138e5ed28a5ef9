using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TemplateAuthoring;

/// <summary>Writes an outline as a pleading the way a careful Word author would: every paragraph takes a named style,
/// numbered paragraphs take one real numbering definition (so numbering continues across repeated paragraphs), the
/// caption is a two-column table, and the page is Letter with 1-inch margins.</summary>
internal static class PleadingWriter
{
    // An outline is the repository's own text, but a regular expression never runs unbounded.
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(10);

    public static void Write(IReadOnlyList<Line> lines, string path)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = PleadingStyles.Create();
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = PleadingStyles.Numbering();
        main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(
            new DefaultTabStop { Val = 720 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new Compatibility(new CompatibilitySetting { Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15" }));
        var body = new Body();
        var index = 0;
        while (index < lines.Count)
        {
            var line = lines[index++];
            switch (line.Code)
            {
                case "CAPTION":
                    body.Append(Paragraph("Normal", string.Empty));
                    body.Append(Caption(lines, ref index));
                    body.Append(Paragraph("Normal", string.Empty));
                    break;
                case "TABLE":
                    body.Append(Table(lines, ref index));
                    break;
                case "META":
                    break;
                default:
                    body.Append(Paragraph(StyleFor(line.Code), line.Text, keepWithNext: line.Code is "TK" or "LK" or "PK"));
                    break;
            }
        }

        body.Append(new SectionProperties(
            new PageSize { Width = 12240U, Height = 15840U },
            new PageMargin { Top = 1440, Right = 1440U, Bottom = 1440, Left = 1440U, Header = 720U, Footer = 720U, Gutter = 0U }));
        main.Document = new Document(body);
    }

    private static string StyleFor(string code) => code switch
    {
        "C" => "CourtName",
        "TITLE" => "Title",
        "H1" => "Heading1",
        "H2" => "Heading2",
        "P" or "PK" => "NumberedParagraph",
        "T" or "TK" => "BodyText",
        "N" => "TableText",
        "L" or "LK" => "PrayerItem",
        "S" => "SignatureBlock",
        "SD" => "SignatureDate",
        "SS" => "SignatureOpening",
        "HX" => "ExhibitHeading",
        "B" => "Normal",
        _ => throw new InvalidOperationException($"Unknown outline code '{code}'."),
    };

    // keepWithNext: a lead-in ("WHEREFORE, …") stays on the page of the list it opens, and the last prayer item on the
    // page of the signature block, so that neither the list nor the signature starts a page alone.
    private static Paragraph Paragraph(string style, string text, bool keepWithNext = false)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (keepWithNext)
        {
            properties.Append(new KeepNext());
        }

        var paragraph = new Paragraph(properties);
        if (text.Length > 0)
        {
            // A section sign never ends a line: "§ 1361" and "§§ 555(b)" keep a no-break space, and so do a title and its
            // code and the code and its section sign ("28 U.S.C. §"), as in the citations the library prints.
            var kept = Regex.Replace(
                Regex.Replace(
                    text.Replace("§ ", "§\u00A0", StringComparison.Ordinal), @"\b(?<number>\d+) (?<code>U\.S\.C\.|C\.F\.R\.)", "${number}\u00A0${code}", RegexOptions.ExplicitCapture, RegexTimeout),
                @"(?<code>U\.S\.C\.|C\.F\.R\.) §", "${code}\u00A0§", RegexOptions.ExplicitCapture, RegexTimeout);
            paragraph.Append(new Run(new Text(kept) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return paragraph;
    }

    // CAPTION, then "CL text" (left cell: the parties; "CI" for the indented party labels), "CR text" and "CT title" (right cell: case number and title), then END.
    private static Table Caption(IReadOnlyList<Line> lines, ref int index)
    {
        var left = new TableCell(new TableCellProperties(
            new TableCellWidth { Width = "5040", Type = TableWidthUnitValues.Dxa },
            new TableCellBorders(new BottomBorder { Val = BorderValues.Single, Size = 8U, Color = "000000" }, new RightBorder { Val = BorderValues.Single, Size = 8U, Color = "000000" })));
        var right = new TableCell(new TableCellProperties(
            new TableCellWidth { Width = "4320", Type = TableWidthUnitValues.Dxa },
            new TableCellMargin(new LeftMargin { Width = "360", Type = TableWidthUnitValues.Dxa }),
            new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }));
        for (; !string.Equals(lines[index].Code, "END", StringComparison.Ordinal); index++)
        {
            var line = lines[index];
            var style = line.Code switch { "CT" => "CaptionTitle", "CI" => "CaptionRole", _ => "CaptionText" };
            (line.Code is "CL" or "CI" ? left : right).Append(Paragraph(style, line.Text));
        }

        index++;
        return new Table(
            new TableProperties(
                new TableWidth { Width = "9360", Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(new GridColumn { Width = "5040" }, new GridColumn { Width = "4320" }),
            new TableRow(left, right));
    }

    // TABLE, then "HROW a|b" (header, repeated on each page), "ROW a|b" rows, then END. Widths: 1440 and the rest.
    private static Table Table(IReadOnlyList<Line> lines, ref int index)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4U, Color = "000000" },
            new LeftBorder { Val = BorderValues.Single, Size = 4U, Color = "000000" },
            new BottomBorder { Val = BorderValues.Single, Size = 4U, Color = "000000" },
            new RightBorder { Val = BorderValues.Single, Size = 4U, Color = "000000" },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U, Color = "000000" },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U, Color = "000000" });
        var table = new Table(
            new TableProperties(new TableWidth { Width = "9360", Type = TableWidthUnitValues.Dxa }, border, new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = "1440" }, new GridColumn { Width = "7920" }));
        for (; !string.Equals(lines[index].Code, "END", StringComparison.Ordinal); index++)
        {
            var line = lines[index];
            var cells = line.Text.Split('|');
            var row = new TableRow();
            if (string.Equals(line.Code, "HROW", StringComparison.Ordinal))
            {
                row.Append(new TableRowProperties(new TableHeader()));
            }

            for (var i = 0; i < cells.Length; i++)
            {
                row.Append(new TableCell(
                    new TableCellProperties(new TableCellWidth { Width = i == 0 ? "1440" : "7920", Type = TableWidthUnitValues.Dxa }),
                    Paragraph(string.Equals(line.Code, "HROW", StringComparison.Ordinal) ? "TableHeading" : "TableText", cells[i])));
            }

            table.Append(row);
        }

        index++;
        return table;
    }
}
