using System.Xml;
using PetitionKit.Word.Loading;
using PetitionKit.Word.Packaging;
using PetitionKit.Word.WordXml;

namespace PetitionKit.Word.Drafting;

/// <summary>Finds a main document's section properties in its text, with a reader that reports where each element
/// starts, so that the marks can edit the text in place.</summary>
/// <remarks>The sections are the <c>w:sectPr</c> elements the Open XML SDK's typed model calls section properties, in
/// document order: not the previous properties kept in a tracked change's <c>w:sectPrChange</c>.</remarks>
internal sealed class SectionScan
{
    private readonly string _text;
    private readonly List<int> _lineStarts;
    private readonly List<SectionMarkup> _sections = [];
    private readonly List<string> _openNames = [];
    private SectionMarkup? _section;
    private int _sectionDepth = -1;
    private int _bodyDepth = -1;
    private bool _bodyDone;
    private string _lastBodyChild = string.Empty;
    private ReferenceMarkup? _openReference;

    private SectionScan(string text)
    {
        _text = text;
        _lineStarts = LineStarts(text);
    }

    /// <summary>Scans the text of a main document part.</summary>
    /// <returns>The sections, and whether the part has a body.</returns>
    /// <exception cref="XmlException">The text is not well-formed XML.</exception>
    public static (List<SectionMarkup> Sections, bool HasBody) Scan(string text)
    {
        var scan = new SectionScan(text);
        using var reader = XmlReader.Create(new StringReader(text), PackageReader.SafeXml);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                scan.Start(reader);
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                scan.End(reader);
            }
        }

        return (scan._sections, scan._bodyDepth != -1 || scan._bodyDone);
    }

    private static bool IsMain(XmlReader reader, string localName) =>
        string.Equals(reader.LocalName, localName, StringComparison.Ordinal)
        && string.Equals(reader.NamespaceURI, WordNamespaces.Main, StringComparison.Ordinal);

    private void Start(XmlReader reader)
    {
        var start = NameIndex(reader) - 1;
        var empty = reader.IsEmptyElement;
        var parent = _openNames.Count > 0 ? _openNames[^1] : string.Empty;
        if (_bodyDepth >= 0 && reader.Depth == _bodyDepth + 1)
        {
            _lastBodyChild = reader.NamespaceURI + " " + reader.LocalName;
        }

        if (!_bodyDone && _bodyDepth < 0 && reader.Depth == 1 && IsMain(reader, "body"))
        {
            BodyStart(reader, start, empty);
        }
        else if (_section is null && IsMain(reader, "sectPr")
            && !string.Equals(parent, WordNamespaces.Main + " sectPrChange", StringComparison.Ordinal))
        {
            SectionStart(reader, start, empty);
        }
        else if (_section is not null && reader.Depth == _sectionDepth + 1)
        {
            SectionChild(reader, start, empty);
        }

        if (!empty)
        {
            _openNames.Add(reader.NamespaceURI + " " + reader.LocalName);
        }
    }

    private void End(XmlReader reader)
    {
        if (reader.Depth == _bodyDepth)
        {
            // The body's last section is described by a w:sectPr that is its last child; without one it gets one.
            if (!string.Equals(_lastBodyChild, WordNamespaces.Main + " sectPr", StringComparison.Ordinal))
            {
                _sections.Add(SectionMarkup.NewLast(NameIndex(reader) - 2, string.Empty, string.Empty));
            }

            _bodyDepth = -1;
            _bodyDone = true;
        }
        else if (reader.Depth == _sectionDepth)
        {
            _section = null;
            _sectionDepth = -1;
        }
        else if (_openReference is not null && reader.Depth == _sectionDepth + 1)
        {
            _openReference.End = TagEnd(NameIndex(reader) - 2);
            _openReference = null;
        }

        _openNames.RemoveAt(_openNames.Count - 1);
    }

    private void BodyStart(XmlReader reader, int start, bool empty)
    {
        if (!empty)
        {
            _bodyDepth = reader.Depth;
            return;
        }

        // <w:body/> opens to hold the last section's properties.
        _sections.Add(SectionMarkup.NewLast(TagEnd(start) - 2, ">", "</" + reader.Name + ">", replaceLength: 2));
        _bodyDone = true;
    }

    private void SectionStart(XmlReader reader, int start, bool empty)
    {
        var tagEnd = TagEnd(start);
        var section = new SectionMarkup
        {
            ContentStart = empty ? tagEnd - 2 : tagEnd,
            SelfClosing = empty,
            QualifiedName = reader.Name,
            MainPrefixBound = string.Equals(reader.LookupNamespace("w"), WordNamespaces.Main, StringComparison.Ordinal),
            RelationshipsPrefixBound = string.Equals(reader.LookupNamespace("r"), WordNamespaces.Relationships, StringComparison.Ordinal),
        };
        _sections.Add(section);
        if (!empty)
        {
            _section = section;
            _sectionDepth = reader.Depth;
        }
    }

    private void SectionChild(XmlReader reader, int start, bool empty)
    {
        if (IsMain(reader, "headerReference") || IsMain(reader, "footerReference"))
        {
            var reference = new ReferenceMarkup(
                IsMain(reader, "headerReference"),
                reader.GetAttribute("type", WordNamespaces.Main) ?? "default",
                reader.GetAttribute("id", WordNamespaces.Relationships),
                start)
            {
                End = empty ? TagEnd(start) : start,
            };
            _section!.References.Add(reference);
            _openReference = empty ? null : reference;
        }
        else if (IsMain(reader, "titlePg") && _section!.TitlePage is null)
        {
            _section.TitlePage = StoryParts.IsOn(reader.GetAttribute("val", WordNamespaces.Main));
        }
    }

    // The reader counts lines and columns; the edits need offsets into the text. XML ends a line at LF, CR LF or CR.
    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    // Where the current tag's name starts: its '<' is one before for a start tag, two for an end tag.
    private int NameIndex(XmlReader reader)
    {
        var info = (IXmlLineInfo)reader;
        return _lineStarts[info.LineNumber - 1] + info.LinePosition - 1;
    }

    private int TagEnd(int start) => PartText.TagEnd(_text, start);
}
