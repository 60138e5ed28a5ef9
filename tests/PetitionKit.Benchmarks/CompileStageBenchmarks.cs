using BenchmarkDotNet.Attributes;
using PetitionKit.Templates;
using PetitionKit.Word.Compiling;
using PetitionKit.Word.Drafting;
using PetitionKit.Word.Loading;
using PetitionKit.Word.Packaging;
using PetitionKit.Word.Templates;

namespace PetitionKit.Benchmarks;

/// <summary>A compile split in two: the draft marks applied to the package (an Open XML SDK load and save), then the
/// parts compiled into programs; and a built-in template compiled from its embedded bytes, as a first <c>draft</c>
/// does. Uses engine internals (InternalsVisibleTo); if the engine's shape changes, change or drop these.</summary>
[MemoryDiagnoser]
public class CompileStageBenchmarks
{
    private byte[] _complaint = [];
    private byte[] _builtIn = [];
    private TemplateIdentity? _identity;
    private MarkedPackage? _marked;
    private IReadOnlyList<PackageEntry> _entries = [];
    private string _main = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _complaint = ComplaintTemplate.Create(TagSyntax.Scriban);
        _identity = TemplateIdentity.FromBytes("complaint.docx", null, _complaint);
        using (var budget = new LoadBudget("complaint.docx", TemplateLoadLimits.Default, CancellationToken.None))
        {
            _entries = PackageReader.ReadEntries(_complaint, budget);
            _main = MainDocument.Find(_entries, "complaint.docx");
            _marked = PackageMarking.Apply(_entries, _main, DraftMarking.Default, _identity, budget);
        }

        using var stream = typeof(BuiltInTemplates).Assembly.GetManifestResourceStream(
            BuiltInTemplates.ResourcesById(typeof(BuiltInTemplates).Assembly.GetManifestResourceNames())[BuiltInTemplates.UscisDelay])!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        _builtIn = buffer.ToArray();
    }

    /// <summary>The complaint's draft marks: banner, watermark, footer, properties and comments part.</summary>
    [Benchmark]
    public object Mark()
    {
        using var budget = new LoadBudget("complaint.docx", TemplateLoadLimits.Default, CancellationToken.None);
        return PackageMarking.Apply(_entries, _main, DraftMarking.Default, _identity!, budget);
    }

    /// <summary>The marked complaint's parts compiled: lexing, tag checks, programs, formatting.</summary>
    [Benchmark]
    public object CompileParts()
    {
        using var budget = new LoadBudget("complaint.docx", TemplateLoadLimits.Default, CancellationToken.None);
        return TemplateCompiler.Compile(_marked!, _identity!, budget);
    }

    /// <summary>The uscis-delay built-in template, compiled from its bytes as its first use does.</summary>
    [Benchmark]
    public PetitionTemplate CompileBuiltIn() => PetitionTemplate.Load(_builtIn, "uscis-delay.docx", new TemplateLoadOptions());
}
