using System.Text.Json;
using PetitionKit.Templates;
using PetitionKit.Word;

namespace PetitionKit.Tests.TestSupport;

/// <summary>Loads a template from bytes and renders it with JSON data, returning the draft's bytes and the report.</summary>
public static class Render
{
    public static readonly DateOnly AsOf = new(2026, 6, 3);

    /// <summary>The options a test renders with: every such render also compares the text it read while writing (what the
    /// privacy scan reads) with the text read back from the finished XML, and fails on any difference.</summary>
    public static RenderOptions Checked(RenderOptions? options = null) =>
        (options ?? new RenderOptions { AsOf = AsOf }) with { VerifyTextProjection = true };

    public static async Task<PetitionTemplate> LoadAsync(byte[] template, string name = "test.docx")
    {
        using var stream = new MemoryStream(template);
        return await PetitionTemplate.LoadAsync(stream, name);
    }

    public static async Task<(byte[] Docx, RenderReport Report)> DocxAsync(byte[] template, string json, RenderOptions? options = null)
    {
        var loaded = await LoadAsync(template);
        return await DocxAsync(loaded, json, options);
    }

    public static async Task<(byte[] Docx, RenderReport Report)> DocxAsync(PetitionTemplate template, string json, RenderOptions? options = null)
    {
        using var data = JsonDocument.Parse(json);
        using var output = new MemoryStream();
        var report = await PetitionDrafter.RenderAsync(template, data.RootElement, output, Checked(options));
        return (output.ToArray(), report);
    }

    /// <summary>Renders a body and returns its paragraphs' text, after checking the draft is valid Open XML.</summary>
    public static async Task<IReadOnlyList<string>> BodyParagraphsAsync(string bodyXml, string json, RenderOptions? options = null)
    {
        var (docx, _) = await DocxAsync(Docx.Package(bodyXml), json, options);
        OpenXmlValidation.ShouldBeValid(docx);
        return DocxText.DraftParagraphs(docx);
    }
}
