using System.Text.RegularExpressions;
using System.Xml.Linq;
using PetitionKit.Word.Drafting;
using PetitionKit.Word.WordXml;

namespace PetitionKit.Tests.WordXml;

/// <summary>The one rule every stage writes text into Word XML by: what is removed, and how what stays is escaped.</summary>
/// <remarks>Theory data spells lone surrogates as <c>\uD800</c> escapes, read by <see cref="Text"/>: a lone surrogate
/// does not survive the test runner's serialization of the data.</remarks>
public sealed class XmlEscapeTests
{
    private static string Text(string escaped) => Regex.Unescape(escaped);

    [Theory]
    [InlineData("a\\uD800b", "ab", "U+D800")]
    [InlineData("a\\uDC00b", "ab", "U+DC00")]
    [InlineData("end\\uD83D", "end", "U+D83D")]
    [InlineData("\\uDE00\\uD83D", "", "U+DE00,U+D83D")]
    [InlineData("a\u0001b\u0008c\u000Bd\u000Ce\u001Ff", "abcdef", "U+0001,U+0008,U+000B,U+000C,U+001F")]
    [InlineData("a\uFFFEb\uFFFF", "ab", "U+FFFE,U+FFFF")]
    [InlineData("tag\uE000marker\uE0FF", "tagmarker", "U+E000,U+E0FF")]
    public void Clean_CharactersXmlCannotHoldOrMarkers_AreRemovedAndListed(string text, string expected, string removed)
    {
        var cleaned = XmlEscape.Clean(Text(text), out var list);

        cleaned.Should().Be(expected);
        list.Should().Equal(removed.Split(','));
    }

    [Theory]
    [InlineData("Plain name")]
    [InlineData("tab\tline\nreturn\r")]
    [InlineData("emoji \\uD83D\\uDE00 and CJK \\uD840\\uDC0B")]
    [InlineData("private use past the markers \uE100\uF8FF")]
    [InlineData("\"quotes\" & 'apostrophes' <angle> ]]>")]
    public void Clean_TextXmlCanHold_IsTheSameInstance(string escaped)
    {
        var text = Text(escaped);
        var cleaned = XmlEscape.Clean(text, out var removed);

        cleaned.Should().BeSameAs(text);
        removed.Should().BeNull();
    }

    [Theory]
    [InlineData("A & B", "A &amp; B")]
    [InlineData("<w:t>", "&lt;w:t&gt;")]
    [InlineData("x ]]> y", "x ]]&gt; y")]
    [InlineData("\"quoted\" and 'single'", "\"quoted\" and 'single'")]
    [InlineData("tab\there", "tab\there")]
    [InlineData("lone \\uD800 surrogate", "lone  surrogate")]
    [InlineData("control\u0001 & <", "control &amp; &lt;")]
    public void Content_Text_IsCleanedThenEscapedForElementContent(string text, string expected) =>
        XmlEscape.Content(Text(text)).Should().Be(expected);

    [Theory]
    [InlineData("A & B", "A &amp; B")]
    [InlineData("say \"no\"", "say &quot;no&quot;")]
    [InlineData("it's", "it's")]
    [InlineData("x ]]> <y", "x ]]&gt; &lt;y")]
    [InlineData("a\tb\nc\rd", "a&#x9;b&#xA;c&#xD;d")]
    [InlineData("lone \\uDC00", "lone ")]
    public void Attribute_Text_IsCleanedThenEscapedForADoubleQuotedValue(string text, string expected) =>
        XmlEscape.Attribute(Text(text)).Should().Be(expected);

    [Theory]
    [InlineData("\"Refused\" & <pending> ]]> \t 'x' \\uD83D\\uDE00")]
    [InlineData("a\\uD800\u0001\uFFFE\uE003b")]
    [InlineData("line\nbreak\ttab")]
    public void ContentAndAttribute_ParsedBack_ReadAsTheCleanedText(string escaped)
    {
        var text = Text(escaped);
        var clean = XmlEscape.Clean(text);

        var element = XElement.Parse($"<e a=\"{XmlEscape.Attribute(text)}\">{XmlEscape.Content(text)}</e>");

        element.Attribute("a")!.Value.Should().Be(clean);
        element.Value.Should().Be(clean);
    }

    [Fact]
    public void Attribute_CarriageReturns_SurviveParsing()
    {
        // In content a carriage return reads back as a line feed (XML 1.0 §2.11); the writers turn a value's line
        // structure into w:br before it gets there. An attribute keeps it exactly.
        var element = XElement.Parse($"<e a=\"{XmlEscape.Attribute("a\rb\r\nc")}\"/>");

        element.Attribute("a")!.Value.Should().Be("a\rb\r\nc");
    }

    [Fact]
    public void Run_TextWithQuotesAndBadCharacters_IsWrittenByTheSameRuleAsValues()
    {
        WordFragment.FormattedRun("a \"q\" ]]> \uD800&", "<w:b/>")
            .Should().Be("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">a \"q\" ]]&gt; &amp;</w:t></w:r>");
    }

    [Fact]
    public void Comment_TextWithQuotesAndBadCharacters_IsWrittenByTheSameRule()
    {
        var xml = GapComments.CommentsPartXml([new GapComment(0, "Say \"x\" ]]> \uDC00\u0002now\nnext")]);

        xml.Should().Be(
            $"<w:comments xmlns:w=\"{WordNamespaces.Main}\"><w:comment w:id=\"0\" w:author=\"PetitionKit\" w:initials=\"PK\">"
            + "<w:p><w:r><w:annotationRef /></w:r><w:r><w:t xml:space=\"preserve\">Say \"x\" ]]&gt; now</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t xml:space=\"preserve\">next</w:t></w:r></w:p></w:comment></w:comments>");
    }
}
