using System.Xml.Linq;
using PetitionKit.Word.Packaging;

namespace PetitionKit.Word.Loading;

/// <summary>Finds the main document part through the package's officeDocument relationship (ECMA-376 Part 2 §8.3):
/// content types alone cannot tell it, since a package may give every .xml part the main document's type by default.</summary>
internal static class MainDocument
{
    private static readonly XNamespace Relationships = WordXml.WordNamespaces.PackageRelationships;

    public static string Find(IReadOnlyList<PackageEntry> entries, string templateName)
    {
        var rels = entries.FirstOrDefault(e => string.Equals(e.Name, "_rels/.rels", StringComparison.Ordinal))
            ?? throw TemplateLoadError.Create(templateName, Diagnostics.DiagnosticCodes.MissingPart,
                "The package has no _rels/.rels, so its main document cannot be found. Save it from Word as .docx.");
        var target = PackageReader.ParseXml(rels.Content, templateName, "/_rels/.rels").Root!
            .Elements(Relationships + "Relationship")
            .Where(r => ((string?)r.Attribute("Type") ?? string.Empty).EndsWith("/officeDocument", StringComparison.Ordinal))
            .Select(r => (string?)r.Attribute("Target"))
            .FirstOrDefault();
        var name = target?.TrimStart('/');
        if (name is null || !entries.Any(e => string.Equals(e.Name, name, StringComparison.Ordinal)))
        {
            throw TemplateLoadError.Create(templateName, Diagnostics.DiagnosticCodes.MissingPart,
                "The package names no main document, or names one that is missing. Save the file from Word as .docx.", "/word/document.xml");
        }

        return name;
    }

    /// <summary>Finds the main document and requires a content type for it: without one it is not known to be
    /// WordprocessingML, and reading it would fail with an exception instead of a diagnostic.</summary>
    public static string FindTyped(IReadOnlyList<PackageEntry> entries, string templateName, IReadOnlyDictionary<string, string> types)
    {
        var main = Find(entries, templateName);
        if (!types.ContainsKey(main))
        {
            throw TemplateLoadError.Create(templateName, Diagnostics.DiagnosticCodes.MissingPart,
                $"[Content_Types].xml gives the main document ‘/{main}’ no content type, so it cannot be read as a Word document. Save the file from Word as .docx.",
                "/" + main);
        }

        return main;
    }
}
