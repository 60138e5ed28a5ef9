using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Tests.Stages;

/// <summary>The lexing stage alone (docs/engine.md#lexing-tags-that-word-split-across-runs): a paragraph as Word saved
/// it in, the paragraph as the compiler gets it out, each tag whole in the text node where its <c>{{</c> was.</summary>
public sealed class LexingStageTests
{
    public static readonly TheoryData<string, string, string, string> SplitRuns = new()
    {
        {
            "tag cut by a spell-check mark, the second piece bold",
            """<w:p><w:r><w:t xml:space="preserve">Dear {{ petit</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:rPr><w:b/></w:rPr><w:t>ioner.name }},</w:t></w:r></w:p>""",
            """<w:p><w:r><w:t xml:space="preserve">Dear ⟦0⟧</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">,</w:t></w:r></w:p>""",
            "{{ petitioner.name }}"
        },
        {
            "the two braces in runs of their own",
            """<w:p><w:r><w:t>{</w:t></w:r><w:r><w:t>{ agency }</w:t></w:r><w:r><w:t>}</w:t></w:r><w:r><w:t xml:space="preserve"> acts.</w:t></w:r></w:p>""",
            """<w:p><w:r><w:t xml:space="preserve">⟦0⟧</w:t></w:r><w:r><w:t xml:space="preserve"> acts.</w:t></w:r></w:p>""",
            "{{ agency }}"
        },
        {
            "a bookmark between the pieces stays where it was",
            """<w:p><w:r><w:t>{{ ag</w:t></w:r><w:bookmarkStart w:id="0" w:name="b"/><w:r><w:t>ency }}</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>""",
            """<w:p><w:r><w:t xml:space="preserve">⟦0⟧</w:t></w:r><w:bookmarkStart w:id="0" w:name="b"/><w:bookmarkEnd w:id="0"/></w:p>""",
            "{{ agency }}"
        },
        {
            "two tags in one run, text between kept",
            """<w:p><w:r><w:t>{{ a }} and {{ b }}</w:t></w:r></w:p>""",
            """<w:p><w:r><w:t xml:space="preserve">⟦0⟧ and ⟦1⟧</w:t></w:r></w:p>""",
            "{{ a }}|{{ b }}"
        },
        {
            "a paragraph without tags is left as it is",
            """<w:p><w:r><w:t>No tags {here}.</w:t></w:r></w:p>""",
            """<w:p><w:r><w:t>No tags {here}.</w:t></w:r></w:p>""",
            ""
        },
    };

    [Theory]
    [MemberData(nameof(SplitRuns))]
    public void Lex_SplitRuns_MovesEachWholeTagToWhereItStarts(string why, string input, string expected, string tags)
    {
        var (body, context) = StageXml.Lex(input);

        StageXml.Print(body).Should().Be(expected, why);
        string.Join("|", context.Tags.Select(t => t.Text)).Should().Be(tags, why);
        context.Diagnostics.Should().BeEmpty(why);
    }

    [Fact]
    public void Lex_SmartQuotesInsideATag_AreStraightenedThereOnly()
    {
        var (body, context) = StageXml.Lex("<w:p><w:r><w:t>“Hi” {{ “a” | string.upcase }}</w:t></w:r></w:p>");

        StageXml.Print(body).Should().Be("""<w:p><w:r><w:t xml:space="preserve">“Hi” ⟦0⟧</w:t></w:r></w:p>""");
        context.Tags.Single().Code.Should().Be(" \"a\" | string.upcase ");
    }

    [Fact]
    public void Lex_TagThatNeverCloses_IsPK2010AtItsParagraphAndColumn()
    {
        var (_, context) = StageXml.Lex("<w:p><w:r><w:t>One.</w:t></w:r></w:p><w:p><w:r><w:t>See {{ petitioner.name</w:t></w:r></w:p>");

        var error = context.Diagnostics.Should().ContainSingle().Subject;
        error.Code.Should().Be(DiagnosticCodes.UnclosedTag);
        (error.Location!.Value.Paragraph, error.Location.Value.Column).Should().Be((2, 5));
    }

    [Fact]
    public void Lex_PrivateUseCharactersInTheTemplate_AreRemovedSoNoMarkerCanBeForged()
    {
        var (body, context) = StageXml.Lex("<w:p><w:r><w:t>{{ a }}\uE0000\uE001</w:t></w:r></w:p>");

        StageXml.Print(body).Should().Be("""<w:p><w:r><w:t xml:space="preserve">⟦0⟧0</w:t></w:r></w:p>""");
        context.Tags.Should().ContainSingle();
    }
}
