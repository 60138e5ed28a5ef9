using System.Text;
using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.GoldenText;

/// <summary>A draft as a reviewing attorney reads it, as plain text a lawyer can diff line by line: every header, the
/// body (one paragraph per line, the review checklist included), every footer, footnote and comment, each part under its
/// own heading. Line breaks inside a paragraph are written as " ⏎ " so one paragraph stays one line.</summary>
public static class DraftTranscript
{
    public static string Of(byte[] docx)
    {
        var parts = DocxText.PartNames(docx);
        var text = new StringBuilder();
        Append(text, docx, parts, "header", p => IsNumbered(p, "word/header"));
        Append(text, docx, parts, "body", p => string.Equals(p, "word/document.xml", StringComparison.Ordinal));
        Append(text, docx, parts, "footer", p => IsNumbered(p, "word/footer"));
        Append(text, docx, parts, "footnotes", p => string.Equals(p, "word/footnotes.xml", StringComparison.Ordinal));
        Append(text, docx, parts, "comments", p => string.Equals(p, "word/comments.xml", StringComparison.Ordinal));
        return text.ToString();
    }

    // word/header.xml, word/header1.xml, … but not word/headers-something.xml.
    private static bool IsNumbered(string part, string stem) =>
        part.StartsWith(stem, StringComparison.Ordinal) && part.EndsWith(".xml", StringComparison.Ordinal)
        && part[stem.Length..^4].All(char.IsAsciiDigit);

    private static void Append(StringBuilder text, byte[] docx, IReadOnlyList<string> parts, string kind, Func<string, bool> name)
    {
        foreach (var part in parts.Where(p => name(p)).Order(StringComparer.Ordinal))
        {
            text.Append("=== ").Append(kind).Append(" (").Append(part).Append(") ===\n");
            foreach (var paragraph in DocxText.Paragraphs(docx, part))
            {
                text.Append(paragraph.Replace("\n", " ⏎ ", StringComparison.Ordinal)).Append('\n');
            }

            text.Append('\n');
        }
    }

}
