using DocumentFormat.OpenXml.Wordprocessing;
using PetitionKit.Word.Drafting;
using PetitionKit.Word.WordXml;

namespace PetitionKit.Tests.Drafting;

/// <summary>The marks are placed as text, spelt as the Open XML SDK's writer spelt them when it placed them: each is a
/// fixed point of the SDK's parse and write, so a template the SDK marked before gives the same bytes now.</summary>
public sealed class MarkSpellingTests
{
    public static readonly TheoryData<string, string> Paragraphs = new()
    {
        { "banner defining the shape type", HeaderBanner.ParagraphXml(DraftMarking.Default, 2049, defineShapeType: true) },
        { "banner using the part's shape type", HeaderBanner.ParagraphXml(DraftMarking.Default, 2050, defineShapeType: false) },
        {
            "banner with markup and quotes in its wording",
            HeaderBanner.ParagraphXml(DraftMarking.Default with { BannerText = "Smith & \"Jones\" <draft> — {{x}}", WatermarkText = "A&B \"C\" <D>" }, 2051, defineShapeType: true)
        },
        { "footer", ProvenanceFooter.ParagraphXml(new TemplateIdentity("uscis-delay.docx", "0.1.0", new string('a', 64))) },
        { "footer of a name with markup, no version", ProvenanceFooter.ParagraphXml(new TemplateIdentity("R&D <{{x}}>'s.docx", null, new string('b', 64))) },
    };

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void Paragraph_IsWrittenBackByTheSdkExactlyAsSpelt(string what, string xml)
    {
        var header = new Header(WordFragment.EmptyHeader);
        header.PrependChild(new Paragraph(xml));

        header.OuterXml.Should().Be($"<w:hdr {WordFragment.MainDeclaration}>{xml}</w:hdr>", what);
    }
}
