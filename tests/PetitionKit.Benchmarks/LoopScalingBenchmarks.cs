using BenchmarkDotNet.Attributes;
using PetitionKit.Word;

namespace PetitionKit.Benchmarks;

/// <summary>A table-row loop of 100, 1,000 and 10,000 items: render time should grow linearly with the rows.</summary>
[MemoryDiagnoser]
public class LoopScalingBenchmarks : IDisposable
{
    private readonly MemoryStream _output = new();
    private BenchmarkDocument? _document;
    private Dictionary<string, ReadOnlyMemory<byte>>? _replacements;

    [Params(100, 1_000, 10_000)]
    public int Rows { get; set; }

    private BenchmarkDocument Document => _document ?? throw new InvalidOperationException("GlobalSetup has not run.");

    [GlobalSetup]
    public void Setup()
    {
        _document = BenchmarkDocument.Create(RowLoopTemplate.Create(TagSyntax.Scriban), ComplaintData.Json(Rows));
        _replacements = Floor.Replacements(_document);
    }

    [Benchmark]
    public Task<RenderReport> Render()
    {
        _output.SetLength(0);
        return PetitionDrafter.RenderAsync(Document.Template, Document.Data.RootElement, _output, BenchmarkDocument.Options);
    }

    [Benchmark(Baseline = true)]
    public Task FloorDraftWriter()
    {
        _output.SetLength(0);
        return Floor.DraftWriterAsync(Document, _replacements!, _output);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _document?.Dispose();
        _output.Dispose();
        GC.SuppressFinalize(this);
    }
}
