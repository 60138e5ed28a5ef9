using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace TemplateAuthoring;

/// <summary>Rewrites a package with a fixed entry time and order, so that regenerating an unchanged outline gives the
/// same bytes (the Open XML SDK stamps the current time into each zip entry).</summary>
internal static class StablePackage
{
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // System.IO.Packaging names relationships with random ids; the templates reference none of them from markup
    // (styles, numbering and settings are implicit relationships), so sequential ids are safe.
    private static byte[] NumberRelationships(byte[] rels)
    {
        var next = 0;
        var text = Regex.Replace(Encoding.UTF8.GetString(rels), "Id=\"R[0-9a-f]+\"", _ => $"Id=\"rId{++next}\"", RegexOptions.None, TimeSpan.FromSeconds(10));
        return Encoding.UTF8.GetBytes(text);
    }

    public static void Normalize(string path)
    {
        var entries = new List<(string Name, byte[] Bytes)>();
        using (var source = ZipFile.OpenRead(path))
        {
            foreach (var entry in source.Entries)
            {
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                var bytes = buffer.ToArray();
                entries.Add((entry.FullName, entry.FullName.EndsWith(".rels", StringComparison.Ordinal) ? NumberRelationships(bytes) : bytes));
            }
        }

        using var target = new ZipArchive(File.Create(path), ZipArchiveMode.Create);
        // [Content_Types].xml first, as Word writes it; then by name.
        foreach (var (name, bytes) in entries.OrderBy(e => string.Equals(e.Name, "[Content_Types].xml", StringComparison.Ordinal) ? 0 : 1).ThenBy(e => e.Name, StringComparer.Ordinal))
        {
            var entry = target.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = EntryTime;
            using var stream = entry.Open();
            stream.Write(bytes);
        }
    }
}
