using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.Rendering;

/// <summary>Tags as Word really cuts them: the XML in each case is the shape Word writes.</summary>
public sealed class SplitRunTests
{
    private const string Data = """{"petitioner": {"name": "Amara Okafor"}, "agency": "USCIS"}""";

    [Fact]
    public async Task Render_TagSplitOverManyRunsWithProofingMarks_WritesValue()
    {
        const string Body = """
            <w:p><w:r><w:t xml:space="preserve">Petitioner </w:t></w:r><w:r><w:t>{{</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t xml:space="preserve"> petit</w:t></w:r><w:proofErr w:type="spellEnd"/><w:r><w:t>ioner.</w:t></w:r><w:r><w:t>name</w:t></w:r><w:r><w:t xml:space="preserve"> }</w:t></w:r><w:r><w:t>}</w:t></w:r><w:r><w:t xml:space="preserve"> sues.</w:t></w:r></w:p>
            """;

        var paragraphs = await Render.BodyParagraphsAsync(Body, Data);

        paragraphs.Should().Equal("Petitioner Amara Okafor sues.");
    }

    [Fact]
    public async Task Render_BookmarksRevisionIdsAndPageBreakBetweenPieces_WritesValueAndKeepsBookmark()
    {
        const string Body = """
            <w:p w:rsidR="00A10000" w:rsidRDefault="00B20000"><w:r w:rsidR="00C30000"><w:t>{</w:t></w:r><w:bookmarkStart w:id="0" w:name="agency"/><w:r w:rsidR="00D40000"><w:lastRenderedPageBreak/><w:t>{ agen</w:t></w:r><w:bookmarkEnd w:id="0"/><w:r w:rsidR="00E50000"><w:t>cy }} is the defendant.</w:t></w:r></w:p>
            """;

        var (docx, _) = await Render.DocxAsync(Docx.Package(Body), Data);

        OpenXmlValidation.ShouldBeValid(docx);
        DocxText.DraftParagraphs(docx).Should().Equal("USCIS is the defendant.");
        DocxText.Part(docx, "word/document.xml").Descendants(DocxText.W + "bookmarkStart").Should().ContainSingle();
    }

    [Fact]
    public async Task Render_FormattingChangesInsideTag_ValueTakesFormattingOfRunWhereTagStarts()
    {
        const string Body = """
            <w:p><w:r><w:t xml:space="preserve">By </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{{ petitioner</w:t></w:r><w:r><w:rPr><w:i/><w:lang w:val="es-ES"/></w:rPr><w:t>.name }}</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">, pro se</w:t></w:r></w:p>
            """;

        var (docx, _) = await Render.DocxAsync(Docx.Package(Body), Data);

        OpenXmlValidation.ShouldBeValid(docx);
        var runs = DocxText.Part(docx, "word/document.xml").Descendants(DocxText.W + "p").First().Elements(DocxText.W + "r").ToList();
        var valueRun = runs.Single(r => r.Value.Contains("Amara", StringComparison.Ordinal));
        valueRun.Element(DocxText.W + "rPr")!.Element(DocxText.W + "b").Should().NotBeNull();
        valueRun.Element(DocxText.W + "rPr")!.Element(DocxText.W + "i").Should().BeNull();
        runs.Last().Value.Should().Be(", pro se");
        runs.Last().Element(DocxText.W + "rPr")!.Element(DocxText.W + "i").Should().NotBeNull();
    }

    [Fact]
    public async Task Render_SmartQuotesInStringLiteral_AreStraightenedInsideTagsOnly()
    {
        var body = Docx.Paragraph("“Quoted” text: ", "{{ “Office of ” + agency }}", " ends ‘here’.");

        var paragraphs = await Render.BodyParagraphsAsync(body, Data);

        paragraphs.Should().Equal("“Quoted” text: Office of USCIS ends ‘here’.");
    }

    [Fact]
    public async Task Render_TagInsideHyperlink_WritesValueInsideTheHyperlink()
    {
        const string Body = """
            <w:p><w:hyperlink w:anchor="top"><w:r><w:t>{{ agen</w:t></w:r><w:r><w:t>cy }}</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> site</w:t></w:r></w:p>
            """;

        var (docx, _) = await Render.DocxAsync(Docx.Package(Body), Data);

        OpenXmlValidation.ShouldBeValid(docx);
        var hyperlink = DocxText.Part(docx, "word/document.xml").Descendants(DocxText.W + "hyperlink").Single();
        hyperlink.Value.Should().Be("USCIS");
    }

    [Fact]
    public async Task Render_TagInsideContentControl_WritesValue()
    {
        const string Body = """
            <w:p><w:sdt><w:sdtPr><w:alias w:val="Name"/></w:sdtPr><w:sdtContent><w:r><w:t>{{ petitioner.name }}</w:t></w:r></w:sdtContent></w:sdt></w:p>
            """;

        var paragraphs = await Render.BodyParagraphsAsync(Body, Data);

        paragraphs.Should().Equal("Amara Okafor");
    }

    [Fact]
    public async Task Render_TrackedInsertionsAndDeletions_KeepsInsertedDropsDeletedEvenIfTagLike()
    {
        const string Body = """
            <w:p><w:del w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>{{ deleted_tag }}</w:delText></w:r></w:del><w:ins w:id="2" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r><w:t>{{ agency }}</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> acts.</w:t></w:r></w:p>
            """;

        var loaded = await Render.LoadAsync(Docx.Package(Body));
        var (docx, report) = await Render.DocxAsync(loaded, Data);

        OpenXmlValidation.ShouldBeValid(docx);
        DocxText.DraftParagraphs(docx).Should().Equal("USCIS acts.");
        report.MissingValues.Should().BeEmpty();
        loaded.Warnings.Should().ContainSingle(w => w.Code == "PK2019");
    }
}
