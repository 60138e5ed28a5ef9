using System.IO.Compression;

namespace PetitionKit.Word.Packaging;

/// <summary>The one place PetitionKit writes a document. It accepts only a <see cref="MarkedPackage"/>, which can be
/// made from nothing but a template the draft marks were applied to, so no write path can produce an unmarked draft.</summary>
internal static class DraftPackageWriter
{
    // Zip stores DOS times from 1980; a fixed entry time keeps identical inputs byte-identical.
    private static readonly DateTimeOffset FixedEntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task WriteAsync(MarkedPackage package, IReadOnlyDictionary<string, ReadOnlyMemory<byte>> replacements, Stream destination, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in package.Entries)
            {
                var content = replacements.TryGetValue(entry.Name, out var replaced) ? replaced : entry.Content;
                // Fastest keeps writing the package well under the cost of rendering it; the files are a little larger.
                var zipEntry = zip.CreateEntry(entry.Name, CompressionLevel.Fastest);
                zipEntry.LastWriteTime = FixedEntryTime;
                using var stream = zipEntry.Open();
                stream.Write(content.Span);
            }
        }

        // Written whole at the end, so a failure above never leaves half a document at the destination.
        buffer.Position = 0;
        await buffer.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
    }
}
