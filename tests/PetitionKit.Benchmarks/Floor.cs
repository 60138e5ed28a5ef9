using System.IO.Compression;
using PetitionKit.Word.Packaging;

namespace PetitionKit.Benchmarks;

/// <summary>Writing the finished draft with no template work: the cost no renderer can go below.</summary>
internal static class Floor
{
    private static readonly DateTimeOffset FixedEntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The rendered parts as the writer's replacement map.</summary>
    public static Dictionary<string, ReadOnlyMemory<byte>> Replacements(BenchmarkDocument document) =>
        document.FinishedParts.ToDictionary(p => p.Key, p => new ReadOnlyMemory<byte>(p.Value), StringComparer.Ordinal);

    /// <summary>The same deterministic writer a render ends with, given the finished parts.</summary>
    public static Task DraftWriterAsync(BenchmarkDocument document, Dictionary<string, ReadOnlyMemory<byte>> replacements, Stream destination) =>
        DraftPackageWriter.WriteAsync(document.Template.Compiled.Package, replacements, destination, CancellationToken.None);

    /// <summary>A plain zip of the same entries at the same compression level, written straight to the destination.</summary>
    public static void PlainZip(BenchmarkDocument document, Stream destination, CompressionLevel level)
    {
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (name, content) in document.FinishedParts)
        {
            var entry = zip.CreateEntry(name, level);
            entry.LastWriteTime = FixedEntryTime;
            using var stream = entry.Open();
            stream.Write(content);
        }
    }
}
