using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Tests.Drafting;

public sealed class GapCommentsTests
{
    private static readonly XNamespace W = DocxText.W;

    private const string Existing =
        $"<w:comments {Docx.Ns}><w:comment w:id=\"4\" w:author=\"Reviewer\" w:date=\"2026-01-02T00:00:00Z\"><w:p><w:r><w:t>Old note</w:t></w:r></w:p></w:comment></w:comments>";

    [Fact]
    public void NextId_ExistingComments_IsAboveTheHighestId()
    {
        GapComments.NextId(Existing).Should().Be(5);
        GapComments.NextId(null).Should().Be(0);
        GapComments.NextId($"<w:comments {Docx.Ns}/>").Should().Be(0);
    }

    [Fact]
    public void CommentsPartXml_ExistingComments_KeepsThemAndAddsUndatedPetitionKitComments()
    {
        var xml = GapComments.CommentsPartXml([new GapComment(5, "Missing: receipt date.\nAdd delay.receipt_date & re-render.")], Existing);

        var comments = XElement.Parse(xml).Elements(W + "comment").ToList();
        comments.Should().HaveCount(2);
        comments[0].ToString().Should().Be(XElement.Parse(Existing).Elements().Single().ToString());
        var added = comments[1];
        added.Attribute(W + "id")!.Value.Should().Be("5");
        added.Attribute(W + "author")!.Value.Should().Be("PetitionKit");
        added.Attribute(W + "initials")!.Value.Should().Be("PK");
        added.Attribute(W + "date").Should().BeNull("a date would need a clock");
        added.Elements(W + "p").Select(DocxText.ParagraphText).Should().Equal("Missing: receipt date.", "Add delay.receipt_date & re-render.");
        added.Descendants(W + "annotationRef").Should().ContainSingle();
    }

    [Fact]
    public void CommentsPartXml_IdAlreadyUsed_ThrowsArgumentException()
    {
        var act = () => GapComments.CommentsPartXml([new GapComment(4, "Clash")], Existing);

        act.Should().Throw<ArgumentException>().WithMessage("*4*NextId*");
    }

    [Fact]
    public void RangeMarkup_WrappedAroundAPlaceholderRun_GivesAValidPackageWhoseReferencesMatch()
    {
        var id = GapComments.NextId(Existing);
        var (start, end) = GapComments.RangeMarkup(id);
        var body = $"<w:p {Docx.Ns}><w:r><w:t xml:space=\"preserve\">Received on </w:t></w:r>{start}"
            + "<w:r><w:rPr><w:highlight w:val=\"yellow\"/></w:rPr><w:t>[MISSING: receipt date]</w:t></w:r>"
            + $"{end}<w:r><w:t>.</w:t></w:r></w:p>";
        var template = DraftingDocx.Package([new SectionSpec(string.Empty)], commentsXml: Existing);

        var draft = Edit(template, document =>
        {
            var main = document.MainDocumentPart!;
            var final = main.Document!.Body!.Elements<SectionProperties>().Last();
            main.Document.Body.InsertBefore(new Paragraph(XElement.Parse(body).ToString(SaveOptions.DisableFormatting)), final);
            var existing = main.WordprocessingCommentsPart!.Comments!.OuterXml;
            main.WordprocessingCommentsPart.Comments = new Comments(GapComments.CommentsPartXml([new GapComment(id, "Missing: receipt date.")], existing));
        });

        OpenXmlValidation.ShouldBeValid(draft);
        var document = DocxText.Part(draft, "word/document.xml");
        document.Descendants(W + "commentRangeStart").Single().Attribute(W + "id")!.Value.Should().Be("5");
        document.Descendants(W + "commentRangeEnd").Single().Attribute(W + "id")!.Value.Should().Be("5");
        document.Descendants(W + "commentReference").Single().Attribute(W + "id")!.Value.Should().Be("5");
        DocxText.Part(draft, "word/comments.xml").Root!.Elements(W + "comment").Select(c => c.Attribute(W + "id")!.Value).Should().Equal("4", "5");
        DocxText.Body(draft).Should().Be("Received on [MISSING: receipt date].");
    }

    private static byte[] Edit(byte[] docx, Action<WordprocessingDocument> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            edit(document);
        }

        return stream.ToArray();
    }
}
