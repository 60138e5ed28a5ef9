using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace PetitionKit.Tests.TestSupport;

/// <summary>Reads a produced package's text back, one paragraph per line, the way a reader sees it.</summary>
public static class DocxText
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The text of one part, one paragraph per line; tabs as \t, line breaks as \n inside a line.</summary>
    public static IReadOnlyList<string> Paragraphs(byte[] docx, string partPath = "word/document.xml")
    {
        var root = Part(docx, partPath).Root!;
        return root.Descendants(W + "p")
            .Where(p => !p.Ancestors(W + "p").Any())
            .Select(ParagraphText)
            .ToList();
    }

    /// <summary>The template's own paragraphs in a draft: the body without the review checklist section at its end.</summary>
    public static IReadOnlyList<string> DraftParagraphs(byte[] docx)
    {
        var all = Paragraphs(docx);
        var title = ChecklistTitleIndex(all);
        return title < 1 ? all : all.Take(title - 1).ToList();
    }

    /// <summary>The review checklist's paragraphs in a draft, from its title on.</summary>
    public static IReadOnlyList<string> ChecklistParagraphs(byte[] docx)
    {
        var all = Paragraphs(docx);
        var title = ChecklistTitleIndex(all);
        return title < 0 ? [] : all.Skip(title).ToList();
    }

    /// <summary>Where the checklist's title stands among a draft's paragraphs, in a petition's words or the engine's; -1 when none.</summary>
    private static int ChecklistTitleIndex(IReadOnlyList<string> paragraphs) =>
        paragraphs.ToList().FindIndex(p => p is PetitionKit.Petitions.PetitionReviewMarks.Title || string.Equals(p, PetitionKit.Word.Drafting.ReviewMarks.Generic.ChecklistTitle, StringComparison.Ordinal));

    /// <summary>The body's text, one paragraph per line.</summary>
    public static string Body(byte[] docx) => string.Join("\n", Paragraphs(docx));

    public static XDocument Part(byte[] docx, string partPath)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var entry = zip.GetEntry(partPath) ?? throw new InvalidOperationException($"The package has no {partPath}.");
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    public static IReadOnlyList<string> PartNames(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    public static string ParagraphText(XElement paragraph)
    {
        var text = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            if (node.Ancestors(W + "p").First() != paragraph)
            {
                continue;
            }

            if (node.Name == W + "t")
            {
                text.Append(node.Value);
            }
            else if (node.Name == W + "tab" && node.Parent?.Name == W + "r")
            {
                text.Append('\t');
            }
            else if (node.Name == W + "noBreakHyphen")
            {
                // Word's non-breaking hyphen (form numbers such as "I-485") reads as the hyphen it prints.
                text.Append('-');
            }
            else if (node.Name == W + "br" || node.Name == W + "cr")
            {
                text.Append('\n');
            }
        }

        return text.ToString();
    }
}
