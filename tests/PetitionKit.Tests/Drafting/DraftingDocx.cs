using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.Drafting;

/// <summary>Builds multi-section templates for the draft-marking tests, beyond what <see cref="Docx"/> covers:
/// first-page and even headers, landscape sections, linked and shared headers, pictures in headers.</summary>
public static class DraftingDocx
{
    /// <summary>Put this in header XML to get an inline picture there.</summary>
    public const string Picture = "[[PICTURE]]";

    /// <summary>A complex PAGE field, as Word writes it, for use in a template's own header.</summary>
    public const string PageField =
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";

    // A 2×2 red PNG.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==");

    /// <summary>Paragraphs enough to fill about <paramref name="pages"/> Letter pages at 12 pt, each numbered.</summary>
    public static string Filler(string label, int pages) => string.Concat(Enumerable.Range(1, pages * 6).Select(i =>
        Docx.Paragraph($"{label} paragraph {i}. " + string.Concat(Enumerable.Repeat("The agency has not acted on the application within a reasonable time. ", 9)))));

    public static byte[] Package(IReadOnlyList<SectionSpec> sections, bool evenAndOdd = false, string? commentsXml = null)
    {
        var template = Docx.Package(Docx.Paragraph("placeholder"));
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var main = document.MainDocumentPart!;
            var body = new StringBuilder();
            var sectionXml = new List<string>();
            var headerIds = new List<string?>();
            var drawingId = 100;
            foreach (var section in sections)
            {
                var refs = new StringBuilder();
                string? sharedDefault = null;
                if (section.ShareHeaderWith is { } shared)
                {
                    sharedDefault = headerIds[shared];
                    refs.Append(CultureInfo.InvariantCulture, $"<w:headerReference w:type=\"default\" r:id=\"{sharedDefault}\"/>");
                }

                headerIds.Add(sharedDefault ?? AddHeader(main, section.DefaultHeader, "default", refs, ref drawingId));
                AddHeader(main, section.FirstHeader, "first", refs, ref drawingId);
                AddHeader(main, section.EvenHeader, "even", refs, ref drawingId);
                AddFooter(main, section.DefaultFooter, "default", refs);
                AddFooter(main, section.FirstFooter, "first", refs);
                var size = section.Landscape
                    ? "<w:pgSz w:w=\"15840\" w:h=\"12240\" w:orient=\"landscape\"/>"
                    : "<w:pgSz w:w=\"12240\" w:h=\"15840\"/>";
                sectionXml.Add($"<w:sectPr>{refs}{size}"
                    + "<w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/>"
                    + (section.TitlePage ? "<w:titlePg/>" : string.Empty) + "</w:sectPr>");
            }

            for (var i = 0; i < sections.Count; i++)
            {
                body.Append(sections[i].BodyXml);
                if (i < sections.Count - 1)
                {
                    body.Append(CultureInfo.InvariantCulture, $"<w:p><w:pPr>{sectionXml[i]}</w:pPr></w:p>");
                }
            }

            main.Document = new Document(
                $"<w:document {Docx.Ns} xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>{body}{sectionXml[^1]}</w:body></w:document>");

            if (evenAndOdd)
            {
                var settings = main.AddNewPart<DocumentSettingsPart>("rIdSettings");
                settings.Settings = new Settings($"<w:settings {Docx.Ns}><w:evenAndOddHeaders/></w:settings>");
            }

            if (commentsXml is not null)
            {
                var comments = main.AddNewPart<WordprocessingCommentsPart>("rIdComments");
                comments.Comments = new Comments(commentsXml);
            }
        }

        return stream.ToArray();
    }

    private static string? AddHeader(MainDocumentPart main, string? xml, string type, StringBuilder refs, ref int drawingId)
    {
        if (xml is null)
        {
            return null;
        }

        var part = main.AddNewPart<HeaderPart>($"rIdH{main.HeaderParts.Count() + 1}");
        if (xml.Contains(Picture, StringComparison.Ordinal))
        {
            var image = part.AddImagePart(ImagePartType.Png, "rIdImg");
            image.FeedData(new MemoryStream(Png));
            xml = xml.Replace(Picture, Drawing(drawingId++, "rIdImg"), StringComparison.Ordinal);
        }

        part.Header = new Header($"<w:hdr {Docx.Ns} {DrawingNs}>{xml}</w:hdr>");
        var id = main.GetIdOfPart(part);
        refs.Append(CultureInfo.InvariantCulture, $"<w:headerReference w:type=\"{type}\" r:id=\"{id}\"/>");
        return id;
    }

    private static void AddFooter(MainDocumentPart main, string? xml, string type, StringBuilder refs)
    {
        if (xml is null)
        {
            return;
        }

        var part = main.AddNewPart<FooterPart>($"rIdF{main.FooterParts.Count() + 1}");
        part.Footer = new Footer($"<w:ftr {Docx.Ns}>{xml}</w:ftr>");
        refs.Append(CultureInfo.InvariantCulture, $"<w:footerReference w:type=\"{type}\" r:id=\"{main.GetIdOfPart(part)}\"/>");
    }

    private const string DrawingNs =
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
        + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"";

    private static string Drawing(int id, string relationshipId) =>
        "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"457200\" cy=\"457200\"/>"
        + $"<wp:docPr id=\"{id}\" name=\"Seal {id}\"/><wp:cNvGraphicFramePr/>"
        + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
        + $"<pic:nvPicPr><pic:cNvPr id=\"{id}\" name=\"seal.png\"/><pic:cNvPicPr/></pic:nvPicPr>"
        + $"<pic:blipFill><a:blip r:embed=\"{relationshipId}\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
        + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"457200\" cy=\"457200\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>"
        + "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";

    /// <summary>Marks a template as a compile does, and returns the marked package's bytes.</summary>
    public static byte[] Mark(byte[] template, PetitionKit.Word.Drafting.DraftMarking? marking = null, string name = "uscis-delay.docx", string? version = "1.2")
    {
        using var budget = new PetitionKit.Word.Loading.LoadBudget(name, PetitionKit.Word.Templates.TemplateLoadLimits.Default, CancellationToken.None);
        var entries = PetitionKit.Word.Loading.PackageReader.ReadEntries(template, budget);
        var package = new PetitionKit.Word.Packaging.PackageParts(entries);
        PetitionKit.Word.Drafting.DraftMarker.Apply(
            package,
            PetitionKit.Word.Loading.MainDocument.Find(entries, name),
            marking ?? PetitionKit.Word.Drafting.DraftMarking.Default,
            PetitionKit.Word.Drafting.TemplateIdentity.FromBytes(name, version, template));

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in package.ToEntries())
            {
                using var stream = zip.CreateEntry(entry.Name).Open();
                stream.Write(entry.Content);
            }
        }

        return output.ToArray();
    }

    /// <summary>Does what the engine does per render to the marks' tags, so the PDF reads as a real draft would.</summary>
    public static byte[] EvaluateDraftTags(byte[] docx, string asOf = "2026-11-29", string asOfText = "November 29, 2026")
    {
        using var input = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                if (!entry.FullName.EndsWith(".xml", StringComparison.Ordinal))
                {
                    using var raw = entry.Open();
                    using var target = zip.CreateEntry(entry.FullName).Open();
                    raw.CopyTo(target);
                    continue;
                }

                using var reader = new StreamReader(entry.Open());
                var text = reader.ReadToEnd()
                    .Replace("{{ draft.as_of_text }}", asOfText, StringComparison.Ordinal)
                    .Replace("{{ draft.as_of }}", asOf, StringComparison.Ordinal);
                var copy = zip.CreateEntry(entry.FullName);
                using var writer = new StreamWriter(copy.Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        return output.ToArray();
    }
}
