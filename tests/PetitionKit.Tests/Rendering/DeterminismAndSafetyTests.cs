using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;

namespace PetitionKit.Tests.Rendering;

public sealed class DeterminismAndSafetyTests
{
    [Fact]
    public async Task Render_SameTemplateAndData_GiveByteIdenticalOutput()
    {
        var template = await Render.LoadAsync(Docx.Package(Docx.Paragraph("{{ for p in ps }}") + Docx.Paragraph("{{ p }} {{ missing }}") + Docx.Paragraph("{{ end }}")));

        var (first, _) = await Render.DocxAsync(template, """{"ps": ["a", "b"]}""");
        await Task.Delay(1100, TestContext.Current.CancellationToken);
        var (second, _) = await Render.DocxAsync(template, """{"ps": ["a", "b"]}""");

        SHA256.HashData(second).Should().Equal(SHA256.HashData(first));
    }

    [Fact]
    public async Task Render_WithoutAsOf_ReadsTheGivenClockOnceInUtc()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 31, 23, 30, 0, TimeSpan.FromHours(-5)));

        var (docx, report) = await Render.DocxAsync(Docx.Package(Docx.Paragraph("{{ draft.as_of }}|{{ draft.as_of_text }}")), "{}", new RenderOptions { Clock = clock });

        report.AsOf.Should().Be(new DateOnly(2026, 4, 1));
        DocxText.DraftParagraphs(docx).Should().Equal("2026-04-01|April 1, 2026");
    }

    [Theory]
    [InlineData("{{ date.now }}")]
    [InlineData("{{ date.utc_now }}")]
    [InlineData("{{ math.random 1 10 }}")]
    [InlineData("{{ math.uuid }}")]
    [InlineData("{{ object.eval \"1\" }}")]
    [InlineData("{{ include \"x\" }}")]
    public async Task Render_ClockRandomnessEvalAndIncludes_AreNotAvailable(string tag)
    {
        var template = await Render.LoadAsync(Docx.Package(Docx.Paragraph(tag)));

        var outcome = await OutcomeAsync(template);

        // Either the name resolves to nothing (a visible gap) or calling it fails: it never yields a value.
        outcome.Should().BeOneOf("missing", "PK3002");
    }

    private static async Task<string> OutcomeAsync(PetitionKit.Templates.PetitionTemplate template)
    {
        try
        {
            var (_, report) = await Render.DocxAsync(template, "{}");
            return report.MissingValues.Count == 1 ? "missing" : "value";
        }
        catch (TemplateException ex)
        {
            return ex.Diagnostics.Single().Code;
        }
    }

    [Fact]
    public async Task Render_RunawayLoop_StopsAtTheLoopLimitWithOneError()
    {
        var template = await Render.LoadAsync(Docx.Package(Docx.Paragraph("{{ for i in 1..1000000 }}x{{ end }}")));

        var act = () => Render.DocxAsync(template, "{}", new RenderOptions { AsOf = Render.AsOf, Limits = new RenderLimits { MaxLoopIterations = 500 } });

        var error = (await act.Should().ThrowAsync<TemplateException>()).Which.Diagnostics.Should().ContainSingle().Which;
        error.Code.Should().Be("PK3003");
        error.Tag.Should().Be("{{ for i in 1..1000000 }}");
    }

    [Fact]
    public async Task Render_EndlessLoop_IsStoppedByTheTimeLimit()
    {
        var template = await Render.LoadAsync(Docx.Package(Docx.Paragraph("{{ while true }}{{ end }}")));
        var options = new RenderOptions { AsOf = Render.AsOf, Limits = new RenderLimits { Timeout = TimeSpan.FromMilliseconds(200), MaxLoopIterations = int.MaxValue } };

        var act = () => Render.DocxAsync(template, "{}", options);

        (await act.Should().ThrowAsync<TemplateException>()).Which.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("PK3005");
    }

    [Fact]
    public async Task Render_OutputPastTheLimit_FailsInsteadOfTruncating()
    {
        var template = await Render.LoadAsync(Docx.Package(Docx.Paragraph("{{ for i in 1..5000 }}0123456789{{ end }}")));
        var options = new RenderOptions { AsOf = Render.AsOf, Limits = new RenderLimits { MaxOutputCharacters = 20_000 } };

        var act = () => Render.DocxAsync(template, "{}", options);

        (await act.Should().ThrowAsync<TemplateException>()).Which.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("PK3004");
    }

    [Fact]
    public async Task Render_LargeOutput_IsNotTruncatedLikeScribansDefault()
    {
        var template = await Render.LoadAsync(Docx.Package(Docx.Paragraph("{{ for i in 1..120000 }}0123456789{{ end }}")));

        var (docx, _) = await Render.DocxAsync(template, "{}");

        DocxText.DraftParagraphs(docx).Single().Length.Should().Be(1_200_000);
    }

    [Fact]
    public async Task Render_TemplateAssignment_DoesNotLeakIntoTheNextRender()
    {
        var template = await Render.LoadAsync(Docx.Package(Docx.Paragraph("{{ name }}") + Docx.Paragraph("{{ name = \"changed\" }}")));

        var (first, _) = await Render.DocxAsync(template, """{"name": "Ana"}""");
        var (second, _) = await Render.DocxAsync(template, """{"name": "Ana"}""");

        DocxText.DraftParagraphs(second).Should().Equal(DocxText.DraftParagraphs(first)).And.Equal("Ana");
    }

    [Fact]
    public async Task Render_AssignmentToABuiltIn_FailsAndLeavesOtherRendersAlone()
    {
        var hostile = await Render.LoadAsync(Docx.Package(Docx.Paragraph("{{ text.join_and = 1 }}")));
        var honest = await Render.LoadAsync(Docx.Package(Docx.Paragraph("{{ names | text.join_and }}")));

        var hostileRender = () => Render.DocxAsync(hostile, "{}");
        var failure = await hostileRender.Should().ThrowAsync<TemplateException>();
        var (docx, _) = await Render.DocxAsync(honest, """{"names": ["Ana", "Ben"]}""");

        failure.Which.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("PK3002");
        DocxText.DraftParagraphs(docx).Should().Equal("Ana and Ben");
    }

    [Fact]
    public async Task Render_ConcurrentRendersOfOneTemplate_AreIndependent()
    {
        var template = await Render.LoadAsync(Docx.Package(Docx.Paragraph("{{ n }}")));

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() => Render.DocxAsync(template, $$"""{"n": {{i}}}"""))));

        results.Select(r => DocxText.Paragraphs(r.Docx)[0]).Should().Equal(Enumerable.Range(0, 16).Select(i => i.ToString(CultureInfo.InvariantCulture)));
    }
}
