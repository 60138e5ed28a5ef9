namespace PetitionKit.Word.WordXml;

/// <summary>The namespaces of the package XML the engine reads and writes (ECMA-376), kept in one table: the text
/// writers declare them from here and <see cref="W"/> builds its names from here.</summary>
internal static class WordNamespaces
{
    /// <summary>WordprocessingML, prefix <c>w</c> (Part 1 §17).</summary>
    public const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Relationship references from a part's markup, prefix <c>r</c> (Part 1 §22.8).</summary>
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Drawing anchors in a document, prefix <c>wp</c> (Part 1 §20.4).</summary>
    public const string WordprocessingDrawing = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

    /// <summary>VML, prefix <c>v</c> (Part 4 §19.1): the watermark's shape.</summary>
    public const string Vml = "urn:schemas-microsoft-com:vml";

    /// <summary>VML's Office extensions, prefix <c>o</c>.</summary>
    public const string VmlOffice = "urn:schemas-microsoft-com:office:office";

    /// <summary>VML's Word extensions, prefix <c>w10</c>.</summary>
    public const string VmlWord = "urn:schemas-microsoft-com:office:word";

    /// <summary>The package's content type manifest, <c>[Content_Types].xml</c> (Part 2 §10.1.2).</summary>
    public const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    /// <summary>A package's relationship parts, <c>*.rels</c> (Part 2 §9.3).</summary>
    public const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The relationship type of a package's main document.</summary>
    public const string OfficeDocumentRelationship = Relationships + "/officeDocument";

    /// <summary>Core properties, prefix <c>cp</c> (Part 2 §11).</summary>
    public const string CoreProperties = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";

    /// <summary>Dublin Core elements in the core properties, prefix <c>dc</c>.</summary>
    public const string DublinCore = "http://purl.org/dc/elements/1.1/";

    /// <summary>Custom document properties (Part 1 §22.3).</summary>
    public const string CustomProperties = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";

    /// <summary>Variant types of document properties, prefix <c>vt</c> (Part 1 §22.4).</summary>
    public const string VariantTypes = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
}
