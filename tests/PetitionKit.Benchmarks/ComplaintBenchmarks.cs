using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using PetitionKit.Templates;
using PetitionKit.Word;

namespace PetitionKit.Benchmarks;

/// <summary>Compile, render and the floor for the complaint-sized template; the ratio column is against the floor.</summary>
[MemoryDiagnoser]
public class ComplaintBenchmarks : IDisposable
{
    private readonly MemoryStream _output = new();
    private BenchmarkDocument? _document;
    private Dictionary<string, ReadOnlyMemory<byte>>? _replacements;

    private BenchmarkDocument Document => _document ?? throw new InvalidOperationException("GlobalSetup has not run.");

    [GlobalSetup]
    public void Setup()
    {
        _document = BenchmarkDocument.Create(ComplaintTemplate.Create(TagSyntax.Scriban), ComplaintData.Json());
        _replacements = Floor.Replacements(_document);
    }

    /// <summary>Loads and compiles the template (done once per template in an application).</summary>
    [Benchmark]
    public async Task<PetitionTemplate> Compile()
    {
        using var input = new MemoryStream(Document.TemplateBytes, writable: false);
        return await PetitionTemplate.LoadAsync(input, "complaint.docx");
    }

    /// <summary>Renders one draft from the compiled template.</summary>
    [Benchmark]
    public Task<RenderReport> Render()
    {
        _output.SetLength(0);
        return PetitionDrafter.RenderAsync(Document.Template, Document.Data.RootElement, _output, BenchmarkDocument.Options);
    }

    /// <summary>The floor: the finished parts through the same deterministic writer, no template work.</summary>
    [Benchmark(Baseline = true)]
    public Task FloorDraftWriter()
    {
        _output.SetLength(0);
        return Floor.DraftWriterAsync(Document, _replacements!, _output);
    }

    /// <summary>A plain zip of the finished parts at the writer's level (Optimal), straight to the destination.</summary>
    [Benchmark]
    public void FloorPlainZipOptimal()
    {
        _output.SetLength(0);
        Floor.PlainZip(Document, _output, CompressionLevel.Optimal);
    }

    /// <summary>A plain zip at the fastest level: how much of the floor is deflate effort.</summary>
    [Benchmark]
    public void FloorPlainZipFastest()
    {
        _output.SetLength(0);
        Floor.PlainZip(Document, _output, CompressionLevel.Fastest);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _document?.Dispose();
        _output.Dispose();
        GC.SuppressFinalize(this);
    }
}
