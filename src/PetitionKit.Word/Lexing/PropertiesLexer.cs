using System.Xml.Linq;
using PetitionKit.Word.Compiling;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Word.Lexing;

/// <summary>Finds tags in document properties (title, subject, keywords, description, custom properties), where each
/// value is one plain text node and only value tags make sense.</summary>
internal static class PropertiesLexer
{
    // The draft marks' custom properties are named PetitionKit.* (a vt:lpwstr inside a property element).
    private static bool IsDraftMarkProperty(XElement element) =>
        ((string?)element.Parent?.Attribute("name"))?.StartsWith("PetitionKit.", StringComparison.Ordinal) == true;

    public static void Lex(XElement root, PartContext context)
    {
        foreach (var element in root.Descendants().Where(e => !e.HasElements && e.Value.Contains("{{", StringComparison.Ordinal)).ToList())
        {
            var text = element.Value;
            var (spans, unclosed) = TagScanner.Scan(text);
            if (unclosed >= 0)
            {
                context.Error(DiagnosticCodes.UnclosedTag, context.Location(0, unclosed + 1),
                    $"A tag in the document property ‘{element.Name.LocalName}’ opens with ‘{{{{’ but never closes. Add ‘}}}}’ (File > Info > Properties in Word).",
                    text[unclosed..], text);
            }

            var straight = TagScanner.StraightenQuotes(text);
            var rebuilt = new System.Text.StringBuilder();
            var last = 0;
            foreach (var span in spans)
            {
                var tag = TagSite.Create(
                    context, text, straight, span, paragraphNumber: 0, $"{element.Name.LocalName}: {text}", "Document properties",
                    textElement: element, paragraph: null, isWordText: false, fromDraftMarks: IsDraftMarkProperty(element));
                context.Tags.Add(tag);
                if (tag.Kind is TagKind.Open or TagKind.Middle or TagKind.End)
                {
                    context.Error(DiagnosticCodes.UnsupportedTag, tag,
                        $"Blocks (‘{tag.Keyword}’) cannot be used in a document property. Use a value tag, or a default such as {{{{ x | object.default \"\" }}}}.");
                }

                rebuilt.Append(text, last, span.Start - last).Append(TagMarkers.Inline(tag.Id));
                last = span.End;
            }

            rebuilt.Append(text, last, text.Length - last);
            element.Value = rebuilt.ToString();
        }
    }
}
