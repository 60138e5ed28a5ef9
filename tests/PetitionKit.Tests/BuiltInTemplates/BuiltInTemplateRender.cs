using System.Runtime.CompilerServices;
using System.Text.Json;
using PetitionKit.Catalogs;
using PetitionKit.Templates;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;
using PetitionKit.Word.Rendering;
using Scriban.Runtime;

namespace PetitionKit.Tests.BuiltInTemplates;

/// <summary>Renders a built-in template (templates/&lt;id&gt;/template.docx) over a view-shaped JSON file, with a
/// stand-in for the facade's <c>cite</c> function: the catalog's citation text, visibly flagged unless verified.
/// Replace with <c>PetitionDrafter.DraftAsync</c> once the petition facade lands.</summary>
public static class BuiltInTemplateRender
{
    public static string RepositoryRoot([CallerFilePath] string here = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(here)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PetitionKit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found.");
    }

    public static string TemplatePath(string id) => Path.Combine(RepositoryRoot(), "templates", id, "template.docx");

    public static string ViewJson(string view) =>
        File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "PetitionKit.Tests", "BuiltInTemplates", "Views", view + ".json"));

    public static async Task<PetitionTemplate> LoadAsync(string id)
    {
        await using var stream = File.OpenRead(TemplatePath(id));
        return await PetitionTemplate.LoadAsync(stream, id + ".docx");
    }

    public static async Task<Rendered> RenderAsync(string id, string json)
    {
        var template = await LoadAsync(id);
        using var document = JsonDocument.Parse(json);
        var data = JsonData.ToObject(document.RootElement);
        var cited = new List<string>();
        data.Import("cite", new Func<string, string>(authorityId =>
        {
            cited.Add(authorityId);
            var authority = AuthorityCatalog.Find(authorityId)
                ?? throw new InvalidOperationException($"The template cites '{authorityId}', which is not in the authority catalog.");
            var text = authority.Citation.Replace("§ ", "§\u00A0", StringComparison.Ordinal);
            return authority.Verification == VerificationStatus.Verified ? text : $"{text} [VERIFY: {authority.Verification}]";
        }));
        var options = Render.Checked();
        using var output = new MemoryStream();
        var report = await TemplateRenderer.RenderAsync(template.Compiled, data, options, RenderTarget.For(options, []), output, TestContext.Current.CancellationToken);
        return new Rendered(output.ToArray(), report, cited);
    }

    public sealed record Rendered(byte[] Docx, RenderReport Report, IReadOnlyList<string> Cited)
    {
        public IReadOnlyList<string> Paragraphs => DocxText.DraftParagraphs(Docx);

        public string Text => string.Join("\n", Paragraphs);

        /// <summary>The paragraphs from the prayer heading up to the signature date.</summary>
        public string Prayer
        {
            get
            {
                var paragraphs = Paragraphs.ToList();
                var start = paragraphs.FindIndex(p => p.StartsWith("PRAYER FOR RELIEF", StringComparison.Ordinal));
                var end = paragraphs.FindIndex(start + 1, p => p.StartsWith("Dated:", StringComparison.Ordinal));
                return string.Join("\n", paragraphs.Skip(start).Take(end - start));
            }
        }
    }
}
