using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using PetitionKit.Templates;

namespace PetitionKit.Packaging;

/// <summary>Reads a template file, .docx or Flat OPC, refusing anything that is not a sound, bounded Word package.</summary>
internal static class PackageReader
{
    private static readonly XmlReaderSettings SafeXml = new()
    {
        // ECMA-376 Part 2 §8.1.4 forbids DTDs in package parts; they are also the road to entity-expansion bombs.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
    };

    /// <summary>Returns the template as .docx bytes, converting Word's single-file XML (Flat OPC) when given one.</summary>
    public static byte[] ToDocx(byte[] file, string templateName)
    {
        if (LooksLikeZip(file))
        {
            return file;
        }

        if (!LooksLikeXml(file))
        {
            throw TemplateLoadError.Create(templateName, DiagnosticCodes.NotAPackage,
                "The file is neither a Word document (.docx) nor a Word XML document (Flat OPC). Save it from Word as .docx and load it again.");
        }

        var flat = ParseXml(file, templateName, string.Empty);
        try
        {
            using var document = WordprocessingDocument.FromFlatOpcDocument(flat);
            using var output = new MemoryStream();
            document.Clone(output).Dispose();
            return output.ToArray();
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidOperationException or XmlException or FormatException or ArgumentException)
        {
            throw TemplateLoadError.Create(templateName, DiagnosticCodes.NotAPackage,
                $"The Word XML document could not be read as a package: {ex.Message} Save it from Word again.", inner: ex);
        }
    }

    /// <summary>Reads every entry, enforcing the size, count and ratio limits and refusing DTDs.</summary>
    public static IReadOnlyList<PackageEntry> ReadEntries(byte[] docx, string templateName)
    {
        if (docx.LongLength > PackageLimits.MaxPackageBytes)
        {
            throw TemplateLoadError.Create(templateName, DiagnosticCodes.PackageTooLarge,
                $"The template is {docx.LongLength / (1024 * 1024)} MiB; the limit is {PackageLimits.MaxPackageBytes / (1024 * 1024)} MiB. Compress or remove large pictures.");
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > PackageLimits.MaxEntries)
            {
                throw TemplateLoadError.Create(templateName, DiagnosticCodes.PackageTooLarge,
                    $"The package holds {zip.Entries.Count} parts; a Word document has a few dozen. It is refused as unsafe.");
            }

            var entries = new List<PackageEntry>(zip.Entries.Count);
            long expanded = 0;
            foreach (var entry in zip.Entries)
            {
                var content = ReadBounded(entry, templateName, ref expanded);
                if (IsXml(entry.FullName) && ContainsDtd(content))
                {
                    throw TemplateLoadError.Create(templateName, DiagnosticCodes.DtdNotAllowed,
                        "The part declares a DTD (<!DOCTYPE>), which Word never writes and which can hide entity bombs. Save the file from Word again.",
                        "/" + entry.FullName);
                }

                entries.Add(new PackageEntry(entry.FullName, content));
            }

            return entries;
        }
        catch (InvalidDataException ex)
        {
            throw TemplateLoadError.Create(templateName, DiagnosticCodes.NotAPackage,
                $"The file is not a readable zip package ({ex.Message}). Save it from Word as .docx again.", inner: ex);
        }
    }

    /// <summary>Parses one XML part with DTDs prohibited, turning malformed XML into an author-facing error.</summary>
    public static XDocument ParseXml(byte[] content, string templateName, string partUri)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(content, writable: false), SafeXml);
            return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            throw TemplateLoadError.Create(templateName, DiagnosticCodes.DtdNotAllowed,
                "The XML declares a DTD (<!DOCTYPE>), which Word never writes and which can hide entity bombs. Save the file from Word again.", partUri, ex);
        }
        catch (XmlException ex)
        {
            throw TemplateLoadError.Create(templateName, DiagnosticCodes.MalformedXml,
                $"The XML is malformed ({ex.Message}). Open and save the file in Word to repair it.", partUri, ex);
        }
    }

    private static byte[] ReadBounded(ZipArchiveEntry entry, string templateName, ref long expanded)
    {
        // The declared sizes can lie, so the limits are enforced on the bytes actually inflated.
        var perEntryLimit = Math.Max(1024 * 1024, entry.CompressedLength * PackageLimits.MaxCompressionRatio);
        using var input = entry.Open();
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            output.Write(buffer, 0, read);
            expanded += read;
            if (output.Length > perEntryLimit || expanded > PackageLimits.MaxExpandedBytes)
            {
                throw TemplateLoadError.Create(templateName, DiagnosticCodes.PackageTooLarge,
                    "The package expands far beyond its size (a zip bomb) and is refused as unsafe.", "/" + entry.FullName);
            }
        }

        return output.ToArray();
    }

    private static bool LooksLikeZip(byte[] file) => file.Length >= 4 && file[0] == (byte)'P' && file[1] == (byte)'K';

    private static bool LooksLikeXml(byte[] file)
    {
        foreach (var b in file.AsSpan(0, Math.Min(file.Length, 64)))
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)
            {
                continue;
            }

            return b == (byte)'<';
        }

        return false;
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static bool ContainsDtd(byte[] content)
    {
        // A DOCTYPE can only come before the root element, so the first few kilobytes decide.
        var head = System.Text.Encoding.UTF8.GetString(content, 0, Math.Min(content.Length, 4096));
        return head.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase);
    }
}
