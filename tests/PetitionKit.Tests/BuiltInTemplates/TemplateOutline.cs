using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.BuiltInTemplates;

/// <summary>The readable outline of a template.docx: one line per body paragraph ("Style: text", tags included) and one
/// line per table cell paragraph, so a change to the binary template shows up as a text diff in templates/&lt;id&gt;/outline.txt.</summary>
public static class TemplateOutline
{
    public static string Of(byte[] docx)
    {
        var w = DocxText.W;
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        var body = XDocument.Load(stream).Root!.Element(w + "body")!;
        var builder = new StringBuilder();
        foreach (var element in body.Elements())
        {
            if (element.Name == w + "p")
            {
                builder.Append(Style(element)).Append(": ").Append(DocxText.ParagraphText(element)).Append('\n');
            }
            else if (element.Name == w + "tbl")
            {
                foreach (var row in element.Elements(w + "tr"))
                {
                    builder.Append("Row:\n");
                    foreach (var (cell, index) in row.Elements(w + "tc").Select((cell, index) => (cell, index + 1)))
                    {
                        foreach (var paragraph in cell.Elements(w + "p"))
                        {
                            builder.Append("  cell ").Append(index).Append(' ').Append(Style(paragraph)).Append(": ").Append(DocxText.ParagraphText(paragraph)).Append('\n');
                        }
                    }
                }
            }
        }

        return builder.ToString();
    }

    private static string Style(XElement paragraph) =>
        (string?)paragraph.Element(DocxText.W + "pPr")?.Element(DocxText.W + "pStyle")?.Attribute(DocxText.W + "val") ?? "Normal";
}
