using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Tests.Drafting;

/// <summary>Does what the engine does with the checklist: splices its XML into a draft's body.</summary>
public static class ChecklistInsertion
{
    /// <summary>Inserts <see cref="ChecklistSection.ToBodyXml"/> just before the body's final w:sectPr.</summary>
    public static byte[] AsAppendix(byte[] docx, IReadOnlyList<ChecklistItem> items) =>
        Edit(docx, body =>
        {
            var final = body.Elements<SectionProperties>().Last();
            foreach (var paragraph in Paragraphs(ChecklistSection.ToBodyXml(items, final.OuterXml)))
            {
                body.InsertBefore(paragraph, final);
            }
        });

    /// <summary>Inserts <see cref="ChecklistSection.StandaloneXml"/> into the empty body of the separate checklist document.</summary>
    public static byte[] Standalone(byte[] docx, IReadOnlyList<ChecklistItem> items) =>
        Edit(docx, body =>
        {
            var final = body.Elements<SectionProperties>().Last();
            foreach (var paragraph in Paragraphs(ChecklistSection.StandaloneXml(items, ReviewMarks.Generic)))
            {
                body.InsertBefore(paragraph, final);
            }
        });

    public static IEnumerable<Paragraph> Paragraphs(string bodyXml) =>
        XElement.Parse($"<fragment>{bodyXml}</fragment>").Elements().Select(e => new Paragraph(e.ToString(SaveOptions.DisableFormatting)));

    public static byte[] Edit(byte[] docx, Action<Body> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            edit(document.MainDocumentPart!.Document!.Body!);
        }

        return stream.ToArray();
    }
}
