using System.Text;
using BenchmarkDotNet.Attributes;
using PetitionKit.Petitions;
using PetitionKit.Word.Compiling;
using PetitionKit.Word.Functions;
using PetitionKit.Word.Rendering;
using PetitionKit.Word.Repair;
using Scriban.Runtime;

namespace PetitionKit.Benchmarks;

/// <summary>The stages of one complaint render, each alone, to show where render time goes beyond the floor.
/// Uses engine internals (InternalsVisibleTo); if the engine's shape changes, change or drop these.</summary>
[MemoryDiagnoser]
public class RenderStageBenchmarks : IDisposable
{
    private BenchmarkDocument? _document;
    private ScriptObject? _data;
    private RenderContext? _context;
    private CompiledPart? _body;
    private string _bodyXml = string.Empty;
    private string _bodyText = string.Empty;

    private BenchmarkDocument Document => _document ?? throw new InvalidOperationException("GlobalSetup has not run.");

    [GlobalSetup]
    public void Setup()
    {
        _document = BenchmarkDocument.Create(ComplaintTemplate.Create(TagSyntax.Scriban), ComplaintData.Json());
        var compiled = _document.Template.Compiled;
        _data = JsonData.ToObject(_document.Data.RootElement);
        var options = BenchmarkDocument.Options;
        var session = new RenderSession(options, options.AsOf!.Value, CancellationToken.None);
        _context = new RenderContext(session, _data);
        _context.PushGlobal(DraftGlobals.Create(compiled.Identity, session));
        _body = compiled.Parts.Single(p => string.Equals(p.EntryName, "word/document.xml", StringComparison.Ordinal));
        _context.PushGlobal(new ScriptObject(StringComparer.Ordinal));
        using var body = _context.Render(_body, readText: true);
        _context.PopGlobal();
        _bodyXml = body.Xml.ToString();
        _bodyText = body.Text?.ToString() ?? throw new InvalidOperationException("The body's text was not read while rendering.");
    }

    /// <summary>The JSON data turned into Scriban objects (every render does this once).</summary>
    [Benchmark]
    public ScriptObject ConvertData() => JsonData.ToObject(Document.Data.RootElement);

    /// <summary>A fresh Scriban context with its own copy of the built-in functions (every render makes one).</summary>
    [Benchmark]
    public object CreateContext()
    {
        var options = BenchmarkDocument.Options;
        return new RenderContext(new RenderSession(options, options.AsOf!.Value, CancellationToken.None), new ScriptObject(StringComparer.Ordinal));
    }

    /// <summary>The body's compiled program run once: the template work proper (305 tags, loops, escaping), with
    /// the body's text read as it is written.</summary>
    [Benchmark]
    public int RenderBody()
    {
        _context!.PushGlobal(new ScriptObject(StringComparer.Ordinal));
        try
        {
            using var output = _context.Render(_body!, readText: true);
            return output.Xml.Written.Length;
        }
        finally
        {
            _context.PopGlobal();
        }
    }

    /// <summary>The regular-expression pass that repairs tables a loop may have emptied.</summary>
    [Benchmark]
    public int RepairTables()
    {
        using var output = new CountingOutput(_bodyXml.Length, int.MaxValue);
        output.Replace(_bodyXml);
        StructureRepair.RepairTables(output);
        return output.Written.Length;
    }

    /// <summary>The body's text, as read while rendering, scanned for full identifiers (Fed. R. Civ. P. 5.2), as
    /// every render does.</summary>
    [Benchmark]
    public int ScanText()
    {
        using var text = new CountingOutput(_bodyText.Length, int.MaxValue);
        text.Replace(_bodyText);
        return RenderedText.Scan(_body!, _bodyXml, text, static (part, found) => PrivacyChecklist.Items(part, found, null)).Count;
    }

    /// <summary>The body's text read back from its XML: what a render does instead when it could not read the text
    /// as it wrote.</summary>
    [Benchmark]
    public int ReadTextFromXml() => RenderedText.Extract(_bodyXml).Length;

    /// <summary>The rendered body encoded to UTF-8.</summary>
    [Benchmark]
    public byte[] EncodeBody() => Encoding.UTF8.GetBytes(_bodyXml);

    [GlobalCleanup]
    public void Dispose()
    {
        _document?.Dispose();
        GC.SuppressFinalize(this);
    }
}
