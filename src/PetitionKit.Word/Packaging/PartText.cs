using System.Text;

namespace PetitionKit.Word.Packaging;

/// <summary>A package part's XML as text: decoded keeping its byte order mark, encoded back the same way, and edited
/// at the start or end of its root element, so that nothing but the edit changes a byte.</summary>
internal sealed class PartText
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    private static readonly System.Buffers.SearchValues<char> NameEnd = System.Buffers.SearchValues.Create(" \t\r\n/>");

    private readonly Encoding _encoding;

    private PartText(string text, Encoding encoding)
    {
        Text = text;
        _encoding = encoding;
    }

    /// <summary>Gets the text, a byte order mark kept as U+FEFF at its start.</summary>
    public string Text { get; }

    /// <summary>Decodes UTF-8, or UTF-16 when the part starts with its byte order mark.</summary>
    public static PartText Decode(byte[] content)
    {
        var encoding = content.Length >= 2 && content[0] == 0xFF && content[1] == 0xFE ? Encoding.Unicode
            : content.Length >= 2 && content[0] == 0xFE && content[1] == 0xFF ? Encoding.BigEndianUnicode
            : Utf8;
        return new PartText(encoding.GetString(content), encoding);
    }

    /// <summary>Encodes text in this part's encoding (a leading U+FEFF is its byte order mark).</summary>
    public byte[] Encode(string text) => _encoding.GetBytes(text);

    /// <summary>Encodes new text as UTF-8 without a byte order mark.</summary>
    public static byte[] EncodeNew(string text) => Utf8.GetBytes(text);

    /// <summary>The text with XML inserted as the root element's first content.</summary>
    public string PrependToRoot(string xml)
    {
        var (end, selfClosing, name) = Root();
        return selfClosing ? Opened(end, xml, name) : Text.Insert(end, xml);
    }

    /// <summary>The text with XML inserted as the root element's last content.</summary>
    public string AppendToRoot(string xml)
    {
        var (end, selfClosing, name) = Root();
        if (selfClosing)
        {
            return Opened(end, xml, name);
        }

        // The root's own end tag: a comment after the root may hold "</" too.
        var close = Text.LastIndexOf("</" + name, StringComparison.Ordinal);
        if (close < end)
        {
            throw new System.Xml.XmlException($"The root element {name} does not end.");
        }

        return Text.Insert(close, xml);
    }

    // An empty root written <x … /> opens, holds the XML and closes, as an XML writer would write it.
    private string Opened(int rootEnd, string xml, string name) =>
        string.Concat(Text[..(rootEnd - 2)].TrimEnd(), ">", xml, "</" + name + ">", Text[rootEnd..]);

    /// <summary>Where the root's start tag ends, whether it is empty, and its name as written.</summary>
    private (int End, bool SelfClosing, string Name) Root()
    {
        var index = 0;
        while (true)
        {
            var open = Text.IndexOf('<', index);
            if (open < 0 || open + 1 >= Text.Length)
            {
                throw new System.Xml.XmlException("The part has no root element.");
            }

            if (Text[open + 1] is '?' or '!')
            {
                // The declaration, a comment or a processing instruction before the root.
                var skip = Text[open + 1] == '!' && Text.AsSpan(open).StartsWith("<!--") ? "-->" : Text[open + 1] == '?' ? "?>" : ">";
                var skipped = Text.IndexOf(skip, open + 2, StringComparison.Ordinal);
                if (skipped < 0)
                {
                    throw new System.Xml.XmlException("A declaration, comment or instruction before the root does not end.");
                }

                index = skipped + skip.Length;
                continue;
            }

            var end = TagEnd(open);
            var nameEnd = Text.AsSpan(open + 1).IndexOfAny(NameEnd);
            return (end, Text[end - 2] == '/', Text.Substring(open + 1, nameEnd));
        }
    }

    private int TagEnd(int start) => TagEnd(Text, start);

    /// <summary>The offset just after the <c>&gt;</c> that ends the tag opening at <paramref name="start"/>, quoted
    /// attribute values skipped (a <c>&gt;</c> may stand in one).</summary>
    /// <exception cref="System.Xml.XmlException">No <c>&lt;</c> at <paramref name="start"/>, or the tag does not end.</exception>
    public static int TagEnd(string text, int start)
    {
        if (start < 0 || start >= text.Length || text[start] != '<')
        {
            throw new System.Xml.XmlException("The part's text and its reader's positions disagree.");
        }

        var quote = '\0';
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        throw new System.Xml.XmlException("A tag does not end.");
    }
}
