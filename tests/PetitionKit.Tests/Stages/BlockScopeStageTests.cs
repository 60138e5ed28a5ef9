using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Tests.Stages;

/// <summary>Block-scope inference alone (docs/engine.md#block-scope-inference): lexed body XML in, the body with each
/// block's tags moved to what they control out. A tag that controls paragraphs or a row prints as the processing
/// instruction <c>&lt;?pk n?&gt;</c> between them; one that controls runs stays a marker <c>⟦n⟧</c> in its text.</summary>
public sealed class BlockScopeStageTests
{
    private const string Row = """<w:tr><w:tc><w:p><w:r><w:t>{{ for e in timeline }}{{ e.date }}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>{{ e.event }}{{ end }}</w:t></w:r></w:p></w:tc></w:tr>""";

    public static readonly TheoryData<string, string, string, string> Scopes = new()
    {
        {
            "tags alone in their paragraphs control whole paragraphs, and their paragraphs go",
            """<w:p><w:r><w:t>{{ for f in facts }}</w:t></w:r></w:p><w:p><w:r><w:t>{{ f }}</w:t></w:r></w:p><w:p><w:r><w:t>{{ end }}</w:t></w:r></w:p>""",
            """<?pk 0?><w:p><w:r><w:t xml:space="preserve">⟦1⟧</w:t></w:r></w:p><?pk 2?>""",
            "Paragraph Inline Paragraph"
        },
        {
            "ends in different cells of one row control the row",
            "<w:tbl>" + Row + "</w:tbl>",
            """<w:tbl><?pk 0?><w:tr><w:tc><w:p><w:r><w:t xml:space="preserve">⟦1⟧</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t xml:space="preserve">⟦2⟧</w:t></w:r></w:p></w:tc></w:tr><?pk 3?></w:tbl>""",
            "Row Inline Inline Row"
        },
        {
            "a pair inside one paragraph controls runs",
            """<w:p><w:r><w:t>A{{ if x }}B{{ end }}C</w:t></w:r></w:p>""",
            """<w:p><w:r><w:t xml:space="preserve">A⟦0⟧B⟦1⟧C</w:t></w:r></w:p>""",
            "Inline Inline"
        },
        {
            "a silent statement alone in its paragraph takes the paragraph with it",
            """<w:p><w:r><w:t>{{ n = 3 }}</w:t></w:r></w:p><w:p><w:r><w:t>Text.</w:t></w:r></w:p>""",
            """<?pk 0?><w:p><w:r><w:t>Text.</w:t></w:r></w:p>""",
            "Paragraph"
        },
        {
            "a paragraph that carries the section break stays, emptied of the tag",
            """<w:p><w:r><w:t>{{ if x }}</w:t></w:r></w:p><w:p><w:r><w:t>Y</w:t></w:r></w:p><w:p><w:pPr><w:sectPr/></w:pPr><w:r><w:t>{{ end }}</w:t></w:r></w:p>""",
            """<?pk 0?><w:p><w:r><w:t>Y</w:t></w:r></w:p><?pk 1?><w:p><w:pPr><w:sectPr/></w:pPr><w:r><w:t xml:space="preserve"></w:t></w:r></w:p>""",
            "Paragraph Paragraph"
        },
    };

    [Theory]
    [MemberData(nameof(Scopes))]
    public void Apply_BlockPlacement_MovesTagsToWhatTheyControl(string why, string input, string expected, string scopes)
    {
        var (body, context) = StageXml.InferScope(input);

        context.Diagnostics.Should().BeEmpty(why);
        StageXml.Print(body).Should().Be(expected, why);
        string.Join(" ", context.Tags.Select(t => t.Scope)).Should().Be(scopes, why);
    }

    [Fact]
    public void Apply_BlockStraddlingTwoParagraphsWithText_IsPK2014NamingBothEnds()
    {
        var (_, context) = StageXml.InferScope("""<w:p><w:r><w:t>Start {{ if x }}</w:t></w:r></w:p><w:p><w:r><w:t>{{ end }} end.</w:t></w:r></w:p>""");

        var error = context.Diagnostics.Should().ContainSingle().Subject;
        error.Code.Should().Be(DiagnosticCodes.StraddlingBlock);
        error.Message.Should().Contain("¶1").And.Contain("¶2");
    }

    [Fact]
    public void Apply_ElseInsideARowBlock_IsPK2014AtTheElse()
    {
        var row = Row.Replace("{{ e.date }}", "{{ else }}", StringComparison.Ordinal);

        var (_, context) = StageXml.InferScope("<w:tbl>" + row + "</w:tbl>");

        var error = context.Diagnostics.Should().ContainSingle().Subject;
        (error.Code, error.Tag).Should().Be((DiagnosticCodes.StraddlingBlock, "{{ else }}"));
    }
}
