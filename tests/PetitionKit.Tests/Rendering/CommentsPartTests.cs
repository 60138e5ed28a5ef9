using System.Text;
using DocumentFormat.OpenXml.Packaging;
using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.Rendering;

public sealed class CommentsPartTests
{
    [Fact]
    public async Task Render_MissingValueWithTheTemplatesOwnCommentsPartSavedWithAByteOrderMark_AddsTheGapComment()
    {
        var template = WithCommentsPart(
            Docx.Package(Docx.Paragraph("Name: {{ name }}; A-number: {{ a_number }}.")),
            "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:comments xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:comment w:id=\"4\" w:author=\"Paralegal\"><w:p><w:r><w:t>Check the caption.</w:t></w:r></w:p></w:comment></w:comments>");

        var (docx, report) = await Render.DocxAsync(template, """{"name": "Ana"}""");

        OpenXmlValidation.ShouldBeValid(docx);
        report.MissingValues.Should().ContainSingle().Which.Name.Should().Be("a_number");
        DocxText.Part(docx, "word/comments.xml").Descendants(DocxText.W + "comment").Select(c => c.Value)
            .Should().HaveCount(2).And.Contain("Check the caption.").And.Contain(c => c.Contains("Missing fact: a_number", StringComparison.Ordinal));
    }

    private static byte[] WithCommentsPart(byte[] package, string commentsXml)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var comments = document.MainDocumentPart!.AddNewPart<WordprocessingCommentsPart>();
            using var part = comments.GetStream(FileMode.Create);
            part.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(commentsXml));
        }

        return stream.ToArray();
    }
}
