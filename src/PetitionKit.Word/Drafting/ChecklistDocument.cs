using System.IO.Compression;
using System.Text;
using PetitionKit.Word.WordXml;

namespace PetitionKit.Word.Drafting;

/// <summary>Makes the package the checklist is written into when it is placed in a document of its own.</summary>
internal static class ChecklistDocument
{
    // The earliest time a zip entry can hold: the same bytes on every call, whatever the clock says.
    private static readonly DateTimeOffset FixedEntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A minimal valid .docx: one section, US Letter, 1-inch margins, and an empty body. The engine loads it
    /// as a template, so it is draft-marked like any other, and a render writes the checklist with its title in the
    /// caller's words (<see cref="ChecklistSection.StandaloneXml"/>).</summary>
    /// <returns>The package's bytes, identical on every call.</returns>
    public static byte[] CreateTemplatePackage()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", ContentTypes);
            Add(zip, "_rels/.rels", PackageRelationships);
            Add(zip, "word/document.xml", DocumentXml());
        }

        return stream.ToArray();
    }

    private const string ContentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Types xmlns=\"" + WordNamespaces.ContentTypes + "\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "</Types>";

    private const string PackageRelationships =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Relationships xmlns=\"" + WordNamespaces.PackageRelationships + "\">"
        + "<Relationship Id=\"rId1\" Type=\"" + WordNamespaces.OfficeDocumentRelationship + "\" Target=\"word/document.xml\"/>"
        + "</Relationships>";

    private static string DocumentXml() =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + $"<w:document {WordFragment.MainDeclaration} {WordFragment.RelationshipsDeclaration}><w:body>"
        // US Letter (8.5 × 11 in) in twentieths of a point, with 1-inch margins.
        + "<w:sectPr><w:pgSz w:w=\"12240\" w:h=\"15840\"/>"
        + "<w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/>"
        + "</w:sectPr></w:body></w:document>";

    private static void Add(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedEntryTime;
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
