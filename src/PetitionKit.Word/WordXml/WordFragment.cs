using System.Globalization;
using System.Text;

namespace PetitionKit.Word.WordXml;

/// <summary>The one writer of the WordprocessingML fragments the engine adds to a document: the draft marks (with the
/// parts they add and the document properties they set), the review checklist, the gap comments, the missing-value
/// placeholders and the line structure of values. Each fragment is text, written straight into the serialized part;
/// every piece of text it takes goes through <see cref="XmlEscape"/>.</summary>
/// <remarks>Fragments follow the spelling of the XML writer that serializes the template's own content, where a
/// fragment sits among it (a comment's <c>&lt;w:annotationRef /&gt;</c>), so that a draft's bytes do not depend on
/// which stage wrote an element. A fragment meant to stand alone declares the namespaces it uses on its top-level
/// element; spliced into a part that declares them too, the repeated declaration is harmless.</remarks>
internal static class WordFragment
{
    /// <summary>The <c>w</c> namespace declaration.</summary>
    public const string MainDeclaration = "xmlns:w=\"" + WordNamespaces.Main + "\"";

    /// <summary>The <c>r</c> namespace declaration.</summary>
    public const string RelationshipsDeclaration = "xmlns:r=\"" + WordNamespaces.Relationships + "\"";

    /// <summary>The <c>v</c>, <c>o</c> and <c>w10</c> declarations a VML shape needs.</summary>
    public const string VmlDeclarations =
        "xmlns:v=\"" + WordNamespaces.Vml + "\" xmlns:o=\"" + WordNamespaces.VmlOffice + "\" xmlns:w10=\"" + WordNamespaces.VmlWord + "\"";

    // The empty roots are spelt as System.Xml writes an empty element, since a part left empty is stored as written.

    /// <summary>An empty header part's root (§17.10.4), for a section that shows none.</summary>
    public const string EmptyHeader = "<w:hdr " + MainDeclaration + " />";

    /// <summary>An empty footer part's root (§17.10.3), for a section that shows none.</summary>
    public const string EmptyFooter = "<w:ftr " + MainDeclaration + " />";

    /// <summary>An empty comments part's root (§17.13.4.6), which the gap comments fill per render.</summary>
    public const string EmptyComments = "<w:comments " + MainDeclaration + " />";

    /// <summary>An empty section properties element (§17.6.17): the application's default page layout.</summary>
    public const string EmptySectionProperties = "<w:sectPr " + MainDeclaration + " />";

    /// <summary>A new core properties part's root, binding <c>cp</c> and <c>dc</c> (Part 2 §11).</summary>
    public const string EmptyCoreProperties =
        "<cp:coreProperties xmlns:cp=\"" + WordNamespaces.CoreProperties + "\" xmlns:dc=\"" + WordNamespaces.DublinCore + "\" />";

    /// <summary>A new custom properties part's root, binding <c>vt</c> and the part's own namespace as the default
    /// (Part 1 §22.3).</summary>
    public const string EmptyCustomProperties =
        "<Properties xmlns:vt=\"" + WordNamespaces.VariantTypes + "\" xmlns=\"" + WordNamespaces.CustomProperties + "\" />";

    /// <summary>Opens a run's text; spaces at either end are kept (§17.3.3.31).</summary>
    public const string TextStart = "<w:t xml:space=\"preserve\">";

    /// <summary>Inside a <c>w:t</c>: a line break, then the text goes on in the same run.</summary>
    public const string BreakInText = "</w:t><w:br/>" + TextStart;

    /// <summary>Inside a <c>w:t</c>: a tab, then the text goes on in the same run.</summary>
    public const string TabInText = "</w:t><w:tab/>" + TextStart;

    /// <summary>Inside a <c>w:t</c>: Word's non-breaking hyphen (§17.3.3.18), then the text goes on in the same run.</summary>
    public const string NoBreakHyphenInText = "</w:t><w:noBreakHyphen/>" + TextStart;

    /// <summary>Inside a <c>w:t</c>: closes the text and its run, so that whole runs can follow.</summary>
    public const string CloseTextRun = "</w:t></w:r>";

    /// <summary>A run holding a line break alone.</summary>
    public const string BreakRun = "<w:r><w:br/></w:r>";

    /// <summary>A run holding a tab alone.</summary>
    public const string TabRun = "<w:r><w:tab/></w:r>";

    // Each fragment is made with one string.Concat, one allocation: the checklist and the placeholders are made on
    // every render, and intermediate strings showed in the render benchmark's allocations.

    /// <summary>Opens a run and its text after <see cref="CloseTextRun"/>, so that what follows continues as it was.</summary>
    /// <param name="runPropertiesXml">The run's whole <c>w:rPr</c> element, or empty.</param>
    public static string OpenTextRun(string runPropertiesXml) => string.Concat("<w:r>", runPropertiesXml, TextStart);

    /// <summary>Inside a <c>w:t</c>: ends the paragraph and starts another with the given properties, its text
    /// continuing in a run formatted as before.</summary>
    /// <param name="paragraphPropertiesXml">The new paragraph's whole <c>w:pPr</c> element, or empty.</param>
    /// <param name="runPropertiesXml">The run's whole <c>w:rPr</c> element, or empty.</param>
    public static string ParagraphBreakInText(string paragraphPropertiesXml, string runPropertiesXml) =>
        string.Concat("</w:t></w:r></w:p><w:p>", paragraphPropertiesXml, "<w:r>", runPropertiesXml, TextStart);

    /// <summary>A run of text.</summary>
    /// <param name="text">The text, cleaned and escaped here.</param>
    /// <param name="runPropertiesXml">The run's whole <c>w:rPr</c> element, or empty.</param>
    public static string Run(string text, string runPropertiesXml) =>
        string.Concat("<w:r>", runPropertiesXml, TextStart, XmlEscape.Content(text), CloseTextRun);

    /// <summary>A run of text with direct formatting.</summary>
    /// <param name="text">The text, cleaned and escaped here.</param>
    /// <param name="formattingXml">The content of the run's <c>w:rPr</c>, or empty for none.</param>
    public static string FormattedRun(string text, string formattingXml) =>
        formattingXml.Length == 0
            ? Run(text, string.Empty)
            : string.Concat("<w:r><w:rPr>", formattingXml, "</w:rPr>", TextStart, XmlEscape.Content(text), CloseTextRun);

    /// <summary>A paragraph.</summary>
    /// <param name="declarations">The namespace declarations (and attributes) of its start tag, or empty.</param>
    /// <param name="propertiesXml">The content of its <c>w:pPr</c> before any justification, in schema order
    /// (§17.3.1.26), or empty.</param>
    /// <param name="contentXml">Its runs.</param>
    /// <param name="justification">Its <c>w:jc</c> value, the last of its properties, or null for none.</param>
    public static string Paragraph(string declarations, string propertiesXml, string contentXml, string? justification = null)
    {
        var hasProperties = propertiesXml.Length > 0 || justification is not null;
        return string.Concat(
            declarations.Length == 0 ? "<w:p>" : "<w:p ",
            declarations,
            declarations.Length == 0 ? string.Empty : ">",
            hasProperties ? "<w:pPr>" : string.Empty,
            propertiesXml,
            justification is null ? string.Empty : "<w:jc w:val=\"",
            justification,
            justification is null ? string.Empty : "\"/>",
            hasProperties ? "</w:pPr>" : string.Empty,
            contentXml,
            "</w:p>");
    }

    /// <summary>Where a comment's range starts, before the first run it is about (§17.13.4.4).</summary>
    public static string CommentRangeStart(int id) =>
        $"<w:commentRangeStart {MainDeclaration} w:id=\"{Id(id)}\"/>";

    /// <summary>Where a comment's range ends, after the last run it is about, then the run holding the comment's
    /// reference mark (§17.13.4.3, §17.13.4.5).</summary>
    public static string CommentRangeEnd(int id) =>
        $"<w:commentRangeEnd {MainDeclaration} w:id=\"{Id(id)}\"/>"
        + $"<w:r {MainDeclaration}><w:commentReference w:id=\"{Id(id)}\"/></w:r>";

    /// <summary>A comment of the comments part, one paragraph per line of its text (§17.13.4.2), with no date.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="author">Its author.</param>
    /// <param name="initials">The author's initials.</param>
    /// <param name="text">Its text; each line ending starts a new paragraph.</param>
    /// <returns>A <c>w:comment</c> element for a part whose root binds <c>w</c>.</returns>
    public static string Comment(int id, string author, string initials, string text)
    {
        var xml = new StringBuilder()
            .Append("<w:comment w:id=\"").Append(Id(id))
            .Append("\" w:author=\"").Append(XmlEscape.Attribute(author))
            .Append("\" w:initials=\"").Append(XmlEscape.Attribute(initials)).Append("\">");
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            // Word expects the comment's mark as the first run of its first paragraph (§17.13.4.1).
            xml.Append(i == 0 ? "<w:p><w:r><w:annotationRef /></w:r>" : "<w:p>")
                .Append("<w:r>").Append(TextStart).Append(XmlEscape.Content(lines[i])).Append(CloseTextRun)
                .Append("</w:p>");
        }

        return xml.Append("</w:comment>").ToString();
    }

    /// <summary>An element holding text alone, such as a core document property.</summary>
    /// <param name="qualifiedName">Its name as written, with the prefix its part binds (<c>cp:category</c>).</param>
    /// <param name="declaration">A namespace declaration for the prefix, where the part does not bind it, or empty.</param>
    /// <param name="text">The text, cleaned and escaped here.</param>
    public static string TextElement(string qualifiedName, string declaration, string text) =>
        string.Concat("<", qualifiedName, declaration.Length == 0 ? string.Empty : " ", declaration, ">", XmlEscape.Content(text), "</", qualifiedName, ">");

    /// <summary>A user-defined custom document property holding a string (Part 1 §22.3.2.2, §22.4.2.34).</summary>
    /// <param name="propertyName">Its qualified name as written, with the prefix its part binds, or none under a default namespace.</param>
    /// <param name="stringName">The qualified name of its <c>vt:lpwstr</c>.</param>
    /// <param name="declarations">Namespace declarations for prefixes the part does not bind, or empty.</param>
    /// <param name="pid">Its property id, unique in the part and at least 2.</param>
    /// <param name="name">Its name.</param>
    /// <param name="value">Its value, cleaned and escaped here.</param>
    public static string CustomProperty(string propertyName, string stringName, string declarations, int pid, string name, string value) =>
        string.Concat(
            "<", propertyName, declarations.Length == 0 ? string.Empty : " ", declarations,
            " fmtid=\"", UserDefinedPropertiesFormatId, "\" pid=\"", Id(pid), "\" name=\"", XmlEscape.Attribute(name), "\">",
            TextElement(stringName, string.Empty, value),
            "</", propertyName, ">");

    // The format id Office gives user-defined custom properties (MS-OSHARED §2.3.3.2.1.1).
    private const string UserDefinedPropertiesFormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
