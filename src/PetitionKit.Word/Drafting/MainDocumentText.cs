using System.Text;
using System.Xml;
using PetitionKit.Word.WordXml;

namespace PetitionKit.Word.Drafting;

/// <summary>The main document part as text, with its section properties found and the marks' edits to them applied as
/// text: every byte the marks do not change stays as the template wrote it.</summary>
/// <remarks>The marks only add header and footer references to <c>w:sectPr</c> elements (and drop references to no
/// part), so the document is never loaded into the Open XML SDK's typed model: a typed load of a pleading-sized body
/// was the largest single cost of a one-off command (docs/performance.md). Each edit is spelt as that model's writer
/// spelt it, so a template it wrote before gives the same bytes as before.</remarks>
internal sealed class MainDocumentText
{
    private readonly string _text;
    private readonly Encoding _encoding;
    private readonly bool _byteOrderMark;
    private readonly List<(int Start, int Length, string Text)> _edits = [];

    private MainDocumentText(string text, Encoding encoding, bool byteOrderMark, List<SectionMarkup> sections, bool hasBody)
    {
        _text = text;
        _encoding = encoding;
        _byteOrderMark = byteOrderMark;
        Sections = sections;
        HasBody = hasBody;
    }

    /// <summary>Gets every section's properties in document order, the body's last (added when it had none) last.</summary>
    public IReadOnlyList<SectionMarkup> Sections { get; }

    /// <summary>Gets whether the part has a <c>w:body</c>; without one it is no Word document.</summary>
    public bool HasBody { get; }

    /// <summary>Gets whether any edit was made.</summary>
    public bool Changed => _edits.Count > 0 || Sections.Any(s => s.Added.Count > 0 || s.IsNew);

    /// <summary>Gets the document's text as the template wrote it, before any edit.</summary>
    public string OriginalText => _text;

    /// <summary>Reads the part's bytes and finds its sections.</summary>
    /// <exception cref="XmlException">The part is not well-formed XML.</exception>
    public static MainDocumentText Read(byte[] content)
    {
        using var reader = new StreamReader(new MemoryStream(content, writable: false), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var text = reader.ReadToEnd();
        var encoding = reader.CurrentEncoding;
        var byteOrderMark = content.AsSpan().StartsWith(encoding.GetPreamble());
        var (sections, hasBody) = SectionScan.Scan(text);
        return new MainDocumentText(text, encoding, byteOrderMark, sections, hasBody);
    }

    /// <summary>Removes a header or footer reference from the text.</summary>
    public void Remove(ReferenceMarkup reference)
    {
        reference.Removed = true;
        _edits.Add((reference.Start, reference.End - reference.Start, string.Empty));
    }

    /// <summary>Adds a reference as the first child of a section's properties, where references belong (§17.6.17).</summary>
    public static void Prepend(SectionMarkup section, bool header, string type, string relationshipId)
    {
        var name = header ? "headerReference" : "footerReference";
        var declarations = (section.MainPrefixBound ? string.Empty : " " + WordFragment.MainDeclaration)
            + (section.RelationshipsPrefixBound ? string.Empty : " " + WordFragment.RelationshipsDeclaration);
        section.Added.Insert(0, $"<w:{name} w:type=\"{type}\" r:id=\"{XmlEscape.Attribute(relationshipId)}\"{declarations} />");
    }

    /// <summary>The part's bytes with every edit applied, in the template's own encoding.</summary>
    public byte[] ToBytes()
    {
        var edits = new List<(int Start, int Length, string Text)>(_edits);
        foreach (var section in Sections)
        {
            var added = string.Concat(section.Added);
            if (section.IsNew)
            {
                var sectPr = added.Length == 0
                    ? WordFragment.EmptySectionProperties
                    : $"<w:sectPr {WordFragment.MainDeclaration}>{added}</w:sectPr>";
                edits.Add((section.ContentStart, section.ReplaceLength, section.NewPrefix + sectPr + section.NewSuffix));
            }
            else if (added.Length > 0)
            {
                // A self-closing <w:sectPr/> opens, takes the references and closes again.
                edits.Add(section.SelfClosing
                    ? (section.ContentStart, 2, ">" + added + "</" + section.QualifiedName + ">")
                    : (section.ContentStart, 0, added));
            }
        }

        // One pass from the start, so that a document with thousands of sections costs no more than its length: an
        // insertion at a place comes before a removal that starts there.
        var text = new StringBuilder(_text.Length + edits.Sum(e => e.Text.Length));
        var position = 0;
        foreach (var (start, length, insert) in edits.OrderBy(e => e.Start).ThenBy(e => e.Length))
        {
            if (start < position)
            {
                throw new InvalidOperationException("Two edits of the main document overlap.");
            }

            text.Append(_text, position, start - position).Append(insert);
            position = start + length;
        }

        text.Append(_text, position, _text.Length - position);

        var body = _encoding.GetBytes(text.ToString());
        return _byteOrderMark ? [.. _encoding.GetPreamble(), .. body] : body;
    }
}
