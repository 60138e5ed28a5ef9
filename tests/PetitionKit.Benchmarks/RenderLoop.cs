using System.Diagnostics;
using System.Globalization;
using PetitionKit.Templates;

namespace PetitionKit.Benchmarks;

/// <summary>Times N renders of the complaint with a stopwatch, measured the way bench/docxtemplater/render.js measures
/// docxtemplater, so the two numbers are taken alike: two seconds of warm-up, then five batches, median and best batch reported.</summary>
internal static class RenderLoop
{
    private const int Batches = 5;

    public static async Task RunAsync(int count)
    {
        using var document = BenchmarkDocument.Create(ComplaintTemplate.Create(TagSyntax.Scriban), ComplaintData.Json());
        using var output = new MemoryStream();
        var perBatch = Math.Max(1, count / Batches);

        async Task RenderOnly()
        {
            output.SetLength(0);
            await PetitionDrafter.RenderAsync(document.Template, document.Data.RootElement, output, BenchmarkDocument.Options);
        }

        async Task CompileAndRender()
        {
            using var input = new MemoryStream(document.TemplateBytes, writable: false);
            var template = await PetitionTemplate.LoadAsync(input, "complaint.docx");
            output.SetLength(0);
            await PetitionDrafter.RenderAsync(template, document.Data.RootElement, output, BenchmarkDocument.Options);
        }

        var replacements = Floor.Replacements(document);
        Task Rewrite()
        {
            output.SetLength(0);
            return Floor.DraftWriterAsync(document, replacements, output);
        }

        await ReportAsync("petitionkit render (compiled once)", RenderOnly, perBatch);
        await ReportAsync("petitionkit floor: same writer, finished parts", Rewrite, perBatch);
        await ReportAsync("petitionkit compile+render per doc", CompileAndRender, Math.Max(1, perBatch / 10));
    }

    private static async Task ReportAsync(string label, Func<Task> render, int perBatch)
    {
        // Two seconds of warm-up, so tiered JIT has promoted the hot code before any batch is timed.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(2))
        {
            await render();
        }

        var results = new double[Batches];
        for (var batch = 0; batch < Batches; batch++)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < perBatch; i++)
            {
                await render();
            }

            results[batch] = watch.Elapsed.TotalMilliseconds / perBatch;
        }

        Array.Sort(results);
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{label}: median {results[Batches / 2]:F3} ms/doc, best {results[0]:F3}, worst {results[^1]:F3} ({Batches} batches of {perBatch})"));
    }
}
