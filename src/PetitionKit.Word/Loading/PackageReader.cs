using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Packaging;

namespace PetitionKit.Word.Loading;

/// <summary>Reads a template file, .docx or Flat OPC, refusing anything that is not a sound, bounded Word package.</summary>
internal static class PackageReader
{
    /// <summary>The reader settings of every XML read: DTDs prohibited, nothing resolved.</summary>
    internal static readonly XmlReaderSettings SafeXml = new()
    {
        // ECMA-376 Part 2 §8.1.4 forbids DTDs in package parts; they are also the road to entity-expansion bombs.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
    };

    // Flat OPC wraps each part's XML in pkg:package, pkg:part and pkg:xmlData.
    private const int FlatOpcWrapperDepth = 3;

    /// <summary>Returns the template as .docx bytes, converting Word's single-file XML (Flat OPC) when given one.</summary>
    public static byte[] ToDocx(byte[] file, LoadBudget budget)
    {
        var templateName = budget.TemplateName;
        if (LooksLikeZip(file))
        {
            return file;
        }

        if (!LooksLikeXml(file))
        {
            throw TemplateLoadError.Create(templateName, DiagnosticCodes.NotAPackage,
                "The file is neither a Word document (.docx) nor a Word XML document (Flat OPC). Save it from Word as .docx and load it again.");
        }

        // A Flat OPC file is one XML document parsed whole, so its own size is what bounds the parse.
        if (file.LongLength > budget.Limits.MaxXmlPartBytes)
        {
            throw TemplateLoadError.Create(templateName, DiagnosticCodes.PackageTooLarge,
                $"The Word XML document is {Mebibytes(file.LongLength)} MiB; the limit for one XML document is {Mebibytes(budget.Limits.MaxXmlPartBytes)} MiB. Save it from Word as .docx, which is compressed, or raise TemplateLoadLimits.MaxXmlPartBytes.");
        }

        XmlPartScan.Check(file, budget.Limits.MaxXmlDepth + FlatOpcWrapperDepth, budget, string.Empty);
        var flat = ParseXml(file, templateName, string.Empty);
        budget.Check();
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

    /// <summary>Reads every entry, enforcing the size, count, ratio, name and nesting limits and refusing DTDs.</summary>
    /// <param name="docx">The package.</param>
    /// <param name="budget">The load's limits and clock.</param>
    /// <param name="scan">Whether to scan each XML part's nesting; false for a package this engine wrote from scanned parts.</param>
    /// <returns>The entries.</returns>
    public static IReadOnlyList<PackageEntry> ReadEntries(byte[] docx, LoadBudget budget, bool scan = true)
    {
        var templateName = budget.TemplateName;
        if (docx.LongLength > budget.Limits.MaxPackageBytes)
        {
            throw TemplateLoadError.Create(templateName, DiagnosticCodes.PackageTooLarge,
                $"The template is {Mebibytes(docx.LongLength)} MiB; the limit is {Mebibytes(budget.Limits.MaxPackageBytes)} MiB. Compress or remove large pictures, or raise TemplateLoadLimits.MaxPackageBytes.");
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
                budget.Check();
                PartNameCheck.Check(entry.FullName, templateName);
                var xmlByName = IsXml(entry.FullName);
                CheckDeclaredSize(entry, xmlByName, budget);
                var content = ReadBounded(entry, xmlByName, budget, ref expanded);
                if (xmlByName || LooksLikeXml(content) || LooksLikeUtf16(content))
                {
                    CheckXml(content, xmlByName, scan, budget, "/" + entry.FullName);
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
        catch (XmlException ex) when (IsDtdError(ex))
        {
            throw DtdError(templateName, partUri, ex);
        }
        catch (XmlException ex)
        {
            throw MalformedError(templateName, partUri, ex);
        }
    }

    internal static bool IsDtdError(XmlException ex) => ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase);

    internal static TemplateException DtdError(string templateName, string partUri, XmlException ex) =>
        TemplateLoadError.Create(templateName, DiagnosticCodes.DtdNotAllowed,
            "The XML declares a DTD (<!DOCTYPE>), which Word never writes and which can hide entity bombs. Save the file from Word again.", partUri, ex);

    internal static TemplateException MalformedError(string templateName, string partUri, XmlException ex) =>
        TemplateLoadError.Create(templateName, DiagnosticCodes.MalformedXml,
            $"The XML is malformed ({ex.Message}). Open and save the file in Word to repair it.", partUri, ex);

    private static void CheckXml(byte[] content, bool xmlByName, bool scan, LoadBudget budget, string partUri)
    {
        if (scan)
        {
            // Every part that is XML, by name or by content, whether or not anything here parses it: a part copied
            // into every draft must not carry a DTD to whoever opens the draft.
            XmlPartScan.Check(content, budget.Limits.MaxXmlDepth, budget, partUri, wellFormed: xmlByName);
        }
        else if (xmlByName && ContainsDtd(content))
        {
            throw TemplateLoadError.Create(budget.TemplateName, DiagnosticCodes.DtdNotAllowed,
                "The part declares a DTD (<!DOCTYPE>), which Word never writes and which can hide entity bombs. Save the file from Word again.", partUri);
        }
    }

    private static void CheckDeclaredSize(ZipArchiveEntry entry, bool xml, LoadBudget budget)
    {
        // Refused on the size the zip declares before a byte is inflated, and again below on the bytes actually
        // inflated, since a declaration can lie.
        if (entry.Length > (xml ? budget.Limits.MaxXmlPartBytes : budget.Limits.MaxExpandedBytes))
        {
            throw TooLarge(entry, entry.Length, xml, budget);
        }
    }

    private static byte[] ReadBounded(ZipArchiveEntry entry, bool xml, LoadBudget budget, ref long expanded)
    {
        using var input = entry.Open();
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            output.Write(buffer, 0, read);
            expanded += read;
            if (output.Length > RatioLimit(entry) || expanded > budget.Limits.MaxExpandedBytes
                || (xml && output.Length > budget.Limits.MaxXmlPartBytes))
            {
                throw TooLarge(entry, output.Length, xml, budget);
            }
        }

        return output.ToArray();
    }

    private static long RatioLimit(ZipArchiveEntry entry) => Math.Max(1024 * 1024, entry.CompressedLength * PackageLimits.MaxCompressionRatio);

    private static TemplateException TooLarge(ZipArchiveEntry entry, long size, bool xml, LoadBudget budget) =>
        !xml || size > RatioLimit(entry)
            ? TemplateLoadError.Create(budget.TemplateName, DiagnosticCodes.PackageTooLarge,
                "The package expands far beyond its size (a zip bomb) and is refused as unsafe.", "/" + entry.FullName)
            : TemplateLoadError.Create(budget.TemplateName, DiagnosticCodes.PackageTooLarge,
                $"The XML part expands past {Mebibytes(budget.Limits.MaxXmlPartBytes)} MiB, the limit for one XML part; a pleading's document part is a few megabytes. It is refused as unsafe; or raise TemplateLoadLimits.MaxXmlPartBytes.",
                "/" + entry.FullName);

    private static long Mebibytes(long bytes) => bytes / (1024 * 1024);

    private static bool LooksLikeZip(byte[] file) => file.Length >= 4 && file[0] == (byte)'P' && file[1] == (byte)'K';

    private static bool LooksLikeUtf16(byte[] file) => file.Length >= 2 && ((file[0] == 0xFF && file[1] == 0xFE) || (file[0] == 0xFE && file[1] == 0xFF));

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
