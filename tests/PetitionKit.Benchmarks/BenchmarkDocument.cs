using System.IO.Compression;
using System.Text.Json;
using PetitionKit.Templates;
using PetitionKit.Word;

namespace PetitionKit.Benchmarks;

/// <summary>One template with its data, compiled and rendered once, plus the finished draft's parts for the floor.</summary>
internal sealed class BenchmarkDocument : IDisposable
{
    public static readonly RenderOptions Options = new() { AsOf = new DateOnly(2026, 6, 3) };

    private BenchmarkDocument(byte[] templateBytes, PetitionTemplate template, JsonDocument data, byte[] draft)
    {
        TemplateBytes = templateBytes;
        Template = template;
        Data = data;
        Draft = draft;
        FinishedParts = ReadParts(draft);
    }

    public byte[] TemplateBytes { get; }

    public PetitionTemplate Template { get; }

    public JsonDocument Data { get; }

    /// <summary>Gets the rendered draft, as written by the first render.</summary>
    public byte[] Draft { get; }

    /// <summary>Gets every part of the finished draft by entry name, in the draft's order.</summary>
    public IReadOnlyList<KeyValuePair<string, byte[]>> FinishedParts { get; }

    public static BenchmarkDocument Create(byte[] templateBytes, string json)
    {
        using var input = new MemoryStream(templateBytes);
        var template = PetitionTemplate.LoadAsync(input, "complaint.docx").GetAwaiter().GetResult();
        var data = JsonDocument.Parse(json);
        using var output = new MemoryStream();
        var report = PetitionDrafter.RenderAsync(template, data.RootElement, output, Options).GetAwaiter().GetResult();
        if (report.MissingValues.Count > 0)
        {
            // A missing value renders a placeholder and a comment: a different, slower document than the one meant.
            throw new InvalidOperationException($"The benchmark data misses {report.MissingValues.Count} values, first {report.MissingValues[0]}.");
        }

        return new BenchmarkDocument(templateBytes, template, data, output.ToArray());
    }

    public void Dispose() => Data.Dispose();

    private static List<KeyValuePair<string, byte[]>> ReadParts(byte[] draft)
    {
        using var zip = new ZipArchive(new MemoryStream(draft, writable: false), ZipArchiveMode.Read);
        var parts = new List<KeyValuePair<string, byte[]>>();
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            parts.Add(new(entry.FullName, copy.ToArray()));
        }

        return parts;
    }
}
