using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;
using PetitionKit.Word.Drafting;
using PetitionKit.Word.Functions;
using PetitionKit.Word.Rendering;

namespace PetitionKit.Tests.Rendering;

public sealed class TextProjectionTests
{
    [Fact]
    public void Append_PiecesOfOneParagraph_ReadTheTextAndCarryWhetherInsideAWt()
    {
        using var text = new CountingOutput(16, int.MaxValue);

        var afterLiteral = TextProjection.Append("<w:p><w:r><w:rPr><w:b/></w:rPr><w:tab/><w:t xml:space=\"preserve\">Filed by ", TextState.None, text);
        var afterValue = TextProjection.Append("Ana &amp; Luis</w:t><w:br/><w:t xml:space=\"preserve\">Ortiz", TextState.InsideText, text);
        var afterEnd = TextProjection.Append(" on the record.</w:t></w:r></w:p><w:p><w:r><w:t/></w:r></w:p>", TextState.InsideText, text);

        (afterLiteral, afterValue, afterEnd).Should().Be((TextState.InsideText, TextState.InsideText, TextState.None));
        text.ToString().Should().Be("Filed by Ana & LuisOrtiz on the record.\n\n");
    }

    [Fact]
    public async Task Render_TextReadWhileWriting_IsTheDraftsTextAndFeedsThePrivacyScan()
    {
        const string body =
            "<w:p><w:r><w:t xml:space=\"preserve\">Petitioner {{ peti</w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r><w:t>tioner.name }} (SSN {{ petitioner.id_number }}).</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>{{ for e in events }}</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t xml:space=\"preserve\">{{ e.date }}: {{ e.what }}</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>{{ end }}</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t xml:space=\"preserve\">Missing: {{ petitioner.country }}. Notes: {{ notes }}</w:t></w:r></w:p>";
        const string json =
            "{\"petitioner\": {\"name\": \"Ana <Ortiz> & Co\", \"id_number\": \"123-45-6789\"}, "
            + "\"events\": [{\"date\": \"2022-03-01\", \"what\": \"Filed\"}, {\"date\": \"2023-05-02\", \"what\": \"Interviewed\"}], "
            + "\"notes\": \"first line\\nsecond line\\n\\nnew paragraph\\tafter a tab\"}";
        var template = await Render.LoadAsync(Docx.Package(body));

        var (docx, report) = await Render.DocxAsync(template, json);

        using (var part = RenderBody(template, json))
        {
            part.Text.Should().NotBeNull("nothing but literals and values was written");
            part.Text!.ToString().Should().Be(RenderedText.Extract(part.Xml.Written));
        }

        report.Checklist.Should().ContainSingle(i => i.Category == ChecklistCategory.Privacy)
            .Which.Location.Should().Contain("Petitioner Ana <Ortiz> & Co (SSN");
        DocxText.DraftParagraphs(docx).Should().Contain("2023-05-02: Interviewed");
        OpenXmlValidation.ShouldBeValid(docx);
    }

    private static RenderedPart RenderBody(PetitionKit.Templates.PetitionTemplate template, string json)
    {
        using var data = System.Text.Json.JsonDocument.Parse(json);
        var options = new RenderOptions { AsOf = Render.AsOf };
        var session = new RenderSession(options, Render.AsOf, CancellationToken.None);
        var context = new RenderContext(session, JsonData.ToObject(data.RootElement));
        context.PushGlobal(DraftGlobals.Create(template.Compiled.Identity, session));
        return context.Render(template.Compiled.Parts.Single(p => string.Equals(p.EntryName, "word/document.xml", StringComparison.Ordinal)), readText: true);
    }
}
