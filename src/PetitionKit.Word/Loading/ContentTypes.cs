using System.Xml.Linq;
using PetitionKit.Word.Packaging;

namespace PetitionKit.Word.Loading;

/// <summary>Reads [Content_Types].xml (ECMA-376 Part 2 §10.1.2) to find which parts hold text a template can tag.</summary>
internal static class ContentTypes
{
    private static readonly XNamespace Ns = WordXml.WordNamespaces.ContentTypes;
    private static readonly string[] StoryOrder = [PartTypes.HeaderContent, PartTypes.FooterContent, PartTypes.FootnotesContent, PartTypes.EndnotesContent];

    private static readonly string[] PropertyTypes = [PartTypes.CoreContent, PartTypes.CustomContent];

    /// <summary>Maps each entry name to its content type.</summary>
    public static Dictionary<string, string> Read(IReadOnlyList<PackageEntry> entries, string templateName)
    {
        var types = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var manifest = entries.FirstOrDefault(e => string.Equals(e.Name, "[Content_Types].xml", StringComparison.Ordinal))
            ?? throw TemplateLoadError.Create(templateName, Diagnostics.DiagnosticCodes.MissingPart,
                "The package has no [Content_Types].xml, so it is not a Word document. Save it from Word as .docx.");
        var root = PackageReader.ParseXml(manifest.Content, templateName, "/[Content_Types].xml").Root!;
        var defaults = root.Elements(Ns + "Default").ToDictionary(
            d => ((string?)d.Attribute("Extension") ?? string.Empty).ToUpperInvariant(), d => (string?)d.Attribute("ContentType") ?? string.Empty, StringComparer.Ordinal);
        var overrides = root.Elements(Ns + "Override").ToDictionary(
            o => ((string?)o.Attribute("PartName") ?? string.Empty).TrimStart('/'), o => (string?)o.Attribute("ContentType") ?? string.Empty, StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            if (overrides.TryGetValue(entry.Name, out var type) || defaults.TryGetValue(Path.GetExtension(entry.Name).TrimStart('.').ToUpperInvariant(), out type))
            {
                types[entry.Name] = type;
            }
        }

        return types;
    }

    /// <summary>The order parts other than the main document are compiled and reported in: headers, footers, notes, then
    /// properties; -1 for parts that hold no taggable text. The main document is found by its relationship, not its type.</summary>
    public static int TagOrder(string contentType)
    {
        var story = Array.IndexOf(StoryOrder, contentType);
        if (story >= 0)
        {
            return 1 + story;
        }

        var property = Array.IndexOf(PropertyTypes, contentType);
        return property >= 0 ? 10 + property : -1;
    }
}
