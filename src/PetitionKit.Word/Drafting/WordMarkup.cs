using System.Text;
using System.Xml;

namespace PetitionKit.Drafting;

/// <summary>Namespaces and text escaping shared by the XML the draft marks write.</summary>
internal static class WordMarkup
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string V = "urn:schemas-microsoft-com:vml";
    public const string O = "urn:schemas-microsoft-com:office:office";
    public const string W10 = "urn:schemas-microsoft-com:office:word";

    /// <summary>The <c>w</c> namespace declaration, written on every top-level element a fragment holds.</summary>
    public const string WDeclaration = "xmlns:w=\"" + W + "\"";

    /// <summary>The revision id (<c>w:rsidR</c>, §17.3.1.22) that marks a paragraph as the draft marks' own, so that
    /// diagnostics number the template's paragraphs as its author sees them in Word. "PKDM" would not fit; 0x504B4D is "PKM".</summary>
    public const string MarkRevisionId = "00504B4D";

    /// <summary>The opening of a marks paragraph: namespace and the marks' revision id.</summary>
    public const string MarkParagraphStart = "<w:p " + WDeclaration + " w:rsidR=\"" + MarkRevisionId + "\"";

    /// <summary>Drops the characters XML 1.0 cannot hold (a document with one of them cannot be opened), keeping
    /// well-formed surrogate pairs.</summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Escapes text for element content or a double-quoted attribute, after <see cref="Clean"/>.</summary>
    public static string Escape(string text) =>
        Clean(text).Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>Makes text from the inputs (a template's name, an organisation's banner) inert for the template
    /// engine, which reads every story part and property for <c>{{ … }}</c> after the marks are applied.</summary>
    /// <remarks>Braces become parentheses: a name such as <c>{{x}}.docx</c> must print, never run.</remarks>
    public static string Inert(string text) => text.Replace('{', '(').Replace('}', ')');

    /// <summary>Escapes text from the inputs and makes it inert.</summary>
    public static string InertText(string text) => Escape(Inert(text));
}
