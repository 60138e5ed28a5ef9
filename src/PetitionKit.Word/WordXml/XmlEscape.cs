using System.Buffers;
using System.Globalization;
using System.Text;
using System.Xml;
using PetitionKit.Word.Lexing;

namespace PetitionKit.Word.WordXml;

/// <summary>The one rule for text that goes into the XML the engine writes, whichever stage writes it: first cleaned,
/// then escaped for where it goes.</summary>
/// <remarks>
/// <para>Cleaning removes what XML 1.0 cannot hold (§2.2: the C0 controls other than tab, line feed and carriage
/// return, U+FFFE, U+FFFF, and a surrogate that is not half of a well-formed pair; a document holding one cannot be
/// opened) and the engine's own marker characters U+E000–U+E0FF (<see cref="TagMarkers"/>), which would otherwise be
/// read as a tag's place. A well-formed surrogate pair (an emoji, a rare CJK character) is kept.</para>
/// <para>Escaping follows the XML writer the Open XML SDK and <c>System.Xml.Linq</c> use, so text written here and
/// text those serialize read the same byte for byte: in element content <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c>
/// (the last so that <c>]]&gt;</c> cannot appear); a quote stays as it is, since only an attribute value can end at one.
/// In an attribute value the double quote as well, and tab, line feed and carriage return as character references,
/// which attribute-value normalization (§3.3.3) would otherwise turn into spaces.</para>
/// </remarks>
internal static class XmlEscape
{
    // Most text is a name or a date: these let it through untouched, without a copy.
    private static readonly SearchValues<char> ContentSpecial = SearchValues.Create("&<>");
    private static readonly SearchValues<char> AttributeSpecial = SearchValues.Create("&<>\"\t\n\r");

    /// <summary>Text with what XML cannot hold and the engine's markers removed; the same instance when nothing was.</summary>
    public static string Clean(string text) => Clean(text, out _);

    /// <summary>Text with what XML cannot hold and the engine's markers removed; lists what went as <c>U+XXXX</c>, one
    /// entry per UTF-16 unit removed (null when nothing was).</summary>
    public static string Clean(string text, out List<string>? removed)
    {
        ArgumentNullException.ThrowIfNull(text);
        removed = null;

        // Everything from U+0020 to U+D7FF is a legal XML character and none of it is a marker.
        var first = text.AsSpan().IndexOfAnyExceptInRange('\u0020', '\uD7FF');
        if (first < 0)
        {
            return text;
        }

        StringBuilder? cleaned = null;
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                cleaned?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (XmlConvert.IsXmlChar(c) && !TagMarkers.IsPrivateMarker(c))
            {
                cleaned?.Append(c);
                continue;
            }

            cleaned ??= new StringBuilder(text, 0, i, text.Length);
            removed ??= [];
            removed.Add(string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}"));
        }

        return cleaned?.ToString() ?? text;
    }

    /// <summary>Clean text escaped for element content (a <c>w:t</c>, a property's value).</summary>
    public static string Content(string text)
    {
        var clean = Clean(text);
        if (clean.AsSpan().IndexOfAny(ContentSpecial) < 0)
        {
            return clean;
        }

        var output = new StringBuilder(clean.Length + 16);
        AppendContent(output, clean);
        return output.ToString();
    }

    /// <summary>Clean text escaped for a double-quoted attribute value.</summary>
    public static string Attribute(string text)
    {
        var clean = Clean(text);
        if (clean.AsSpan().IndexOfAny(AttributeSpecial) < 0)
        {
            return clean;
        }

        var output = new StringBuilder(clean.Length + 16);
        AppendAttribute(output, clean);
        return output.ToString();
    }

    /// <summary>Appends text already cleaned (<see cref="Clean(string)"/>), escaped for element content.</summary>
    public static void AppendContent(StringBuilder output, ReadOnlySpan<char> cleanText)
    {
        ArgumentNullException.ThrowIfNull(output);
        var rest = cleanText;
        for (var next = rest.IndexOfAny(ContentSpecial); next >= 0; next = rest.IndexOfAny(ContentSpecial))
        {
            output.Append(rest[..next]).Append(rest[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                _ => "&gt;",
            });
            rest = rest[(next + 1)..];
        }

        output.Append(rest);
    }

    /// <summary>Appends text already cleaned (<see cref="Clean(string)"/>), escaped for a double-quoted attribute value.</summary>
    public static void AppendAttribute(StringBuilder output, ReadOnlySpan<char> cleanText)
    {
        ArgumentNullException.ThrowIfNull(output);
        var rest = cleanText;
        for (var next = rest.IndexOfAny(AttributeSpecial); next >= 0; next = rest.IndexOfAny(AttributeSpecial))
        {
            output.Append(rest[..next]).Append(rest[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\t' => "&#x9;",
                '\n' => "&#xA;",
                _ => "&#xD;",
            });
            rest = rest[(next + 1)..];
        }

        output.Append(rest);
    }
}
