using BenchmarkDotNet.Attributes;
using PetitionKit.Catalogs;
using PetitionKit.Json;
using PetitionKit.Model;
using PetitionKit.Petitions;
using PetitionKit.Templates;
using PetitionKit.Validation;
using PetitionKit.Word;
using Scriban.Runtime;

namespace PetitionKit.Benchmarks;

/// <summary>A petition drafted through its built-in template (the three-petitioner Okafor sample), and the template view
/// alone: what a draft costs beyond the render of plain data. The view uses internals (InternalsVisibleTo).</summary>
[MemoryDiagnoser]
public class PetitionDraftBenchmarks : IDisposable
{
    private static readonly DateOnly AsOf = new(2026, 6, 1);
    private readonly MemoryStream _output = new();
    private Petition? _petition;
    private PetitionTemplate? _template;
    private ValidationReport? _validation;

    private Petition Petition => _petition ?? throw new InvalidOperationException("GlobalSetup has not run.");

    [GlobalSetup]
    public void Setup()
    {
        using var json = typeof(PetitionDraftBenchmarks).Assembly.GetManifestResourceStream("okafor-family-i485.json")
            ?? throw new InvalidOperationException("The sample petition is not embedded.");
        _petition = PetitionJson.Read(json);
        _template = BuiltInTemplates.Get(BuiltInTemplates.ForCaseType(_petition.CaseType)!);
        _validation = PetitionValidator.Validate(_petition, AsOf);
    }

    /// <summary>Validates, builds the view and renders one draft.</summary>
    [Benchmark]
    public Task<RenderReport> Draft()
    {
        _output.SetLength(0);
        return PetitionDrafter.DraftAsync(Petition, _template!, _output, new RenderOptions { AsOf = AsOf });
    }

    /// <summary>The template view of the petition: the records, the delay analysis and the catalog entries as Scriban objects.</summary>
    [Benchmark]
    public ScriptObject View() =>
        PetitionView.Create(Petition, AsOf, RedactionOptions.Default, _validation!, PetitionCatalogs.Default).Data;

    [GlobalCleanup]
    public void Dispose()
    {
        _output.Dispose();
        GC.SuppressFinalize(this);
    }
}
