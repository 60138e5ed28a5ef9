using System.Xml.Linq;
using PetitionKit.Tests.Model;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;

namespace PetitionKit.Tests.BuiltInTemplates;

/// <summary>What keeps a draft readable on the page in Word and LibreOffice: a form number never breaks at its hyphen,
/// a lead-in never ends a page alone, and the signature block never starts one alone.</summary>
public sealed class PageLayoutTests
{
    private static readonly XNamespace W = DocxText.W;

    [Fact]
    public async Task DraftAsync_FormNumber_IsWrittenWithWordsNonBreakingHyphen()
    {
        var body = await DraftBodyAsync("uscis-delay");

        var paragraphs = body.Descendants(W + "p").Where(p => DocxText.ParagraphText(p).Contains("the I-130", StringComparison.Ordinal)).ToList();
        paragraphs.Should().NotBeEmpty();
        paragraphs.Should().AllSatisfy(p =>
        {
            p.Descendants(W + "noBreakHyphen").Should().NotBeEmpty("a line must never end at \"I-\"");
            string.Concat(p.Descendants(W + "t").Select(t => t.Value)).Should().NotContain("I-130", "the hyphen is Word's non-breaking one, not a plain one");
        });
    }

    [Theory]
    [InlineData("uscis-delay")]
    [InlineData("consular-delay")]
    [InlineData("naturalization-1447b")]
    [InlineData("foia")]
    public async Task DraftAsync_WhereforeAndLastPrayerItem_KeepWithWhatFollows(string id)
    {
        var body = await DraftBodyAsync(id);

        var paragraphs = body.Descendants(W + "p").ToList();
        var wherefore = paragraphs.Single(p => DocxText.ParagraphText(p).StartsWith("WHEREFORE", StringComparison.Ordinal));
        var last = paragraphs.Single(p => DocxText.ParagraphText(p).StartsWith("grant such other relief", StringComparison.Ordinal));
        KeepsWithNext(wherefore).Should().BeTrue("the lead-in stays on the page of the first prayer item");
        KeepsWithNext(last).Should().BeTrue("the last prayer item stays on the page of the date and signature");
        var next = paragraphs[paragraphs.IndexOf(last) + 1];
        DocxText.ParagraphText(next).Should().StartWith("Dated:");
    }

    private static bool KeepsWithNext(XElement paragraph) => paragraph.Element(W + "pPr")?.Element(W + "keepNext") is not null;

    private static async Task<XElement> DraftBodyAsync(string id)
    {
        var template = await BuiltInTemplateRender.LoadAsync(id);
        using var output = new MemoryStream();
        await PetitionDrafter.DraftAsync(SampleVariants.For(id), template, output, new RenderOptions { AsOf = SamplePetitions.AsOf }, cancellationToken: TestContext.Current.CancellationToken);
        return DocxText.Part(output.ToArray(), "word/document.xml").Root!.Element(W + "body")!;
    }
}
