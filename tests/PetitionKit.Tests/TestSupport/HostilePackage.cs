using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace PetitionKit.Tests.TestSupport;

/// <summary>Builds hostile template files from a sound one: parts replaced or added byte for byte, nesting, false sizes.</summary>
public static class HostilePackage
{
    /// <summary>A body paragraph wrapped in <paramref name="levels"/> nested content controls (two elements each).</summary>
    public static string NestedBody(int levels) =>
        string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", levels))
        + Docx.Paragraph("deep")
        + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", levels));

    /// <summary>A sound one-paragraph template whose main document part is replaced by <paramref name="documentXml"/>.</summary>
    public static byte[] WithDocument(byte[] documentXml, CompressionLevel level = CompressionLevel.Optimal) =>
        WithEntry(Docx.Package(Docx.Paragraph("x")), "word/document.xml", documentXml, level);

    /// <summary>The package with one entry replaced (or added), written at the given compression.</summary>
    public static byte[] WithEntry(byte[] docx, string name, byte[] content, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var buffer = new MemoryStream();
        buffer.Write(docx);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(name)?.Delete();
            using var stream = zip.CreateEntry(name, level).Open();
            stream.Write(content);
        }

        return buffer.ToArray();
    }

    /// <summary>The package with one entry's declared uncompressed size changed in both of its zip headers, its bytes unchanged.</summary>
    public static byte[] WithDeclaredSize(byte[] docx, string name, uint declaredSize)
    {
        var bytes = (byte[])docx.Clone();
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            // Local file header: signature PK\3\4, size at 22, name length at 26, name at 30.
            if (IsSignature(bytes, i, 0x04034b50) && NameAt(bytes, i + 30, BitConverter.ToUInt16(bytes, i + 26), nameBytes))
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 22), declaredSize);
            }

            // Central directory header: signature PK\1\2, size at 24, name length at 28, name at 46.
            if (IsSignature(bytes, i, 0x02014b50) && NameAt(bytes, i + 46, BitConverter.ToUInt16(bytes, i + 28), nameBytes))
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 24), declaredSize);
            }
        }

        return bytes;
    }

    /// <summary>The package as Word's single-file XML (Flat OPC).</summary>
    public static string FlatOpc(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return document.ToFlatOpcString();
    }

    private static bool IsSignature(byte[] bytes, int at, uint signature) => BitConverter.ToUInt32(bytes, at) == signature;

    private static bool NameAt(byte[] bytes, int at, int length, byte[] name) =>
        length == name.Length && at + length <= bytes.Length && bytes.AsSpan(at, length).SequenceEqual(name);
}
