using PetitionKit.Tests.TestSupport;
using PetitionKit.Word.Functions;

namespace PetitionKit.Tests.Rendering;

public sealed class TextFunctionsTests
{
    [Theory]
    [InlineData(0, "zero")]
    [InlineData(18, "eighteen")]
    [InlineData(21, "twenty-one")]
    [InlineData(120, "one hundred twenty")]
    [InlineData(121, "one hundred twenty-one")]
    [InlineData(1000, "one thousand")]
    [InlineData(2026, "two thousand twenty-six")]
    [InlineData(1_000_001, "one million one")]
    [InlineData(1_000_000_000_000, "one trillion")]
    [InlineData(-5, "minus five")]
    [InlineData(long.MaxValue, "nine quintillion two hundred twenty-three quadrillion three hundred seventy-two trillion thirty-six billion eight hundred fifty-four million seven hundred seventy-five thousand eight hundred seven")]
    [InlineData(long.MinValue, "minus nine quintillion two hundred twenty-three quadrillion three hundred seventy-two trillion thirty-six billion eight hundred fifty-four million seven hundred seventy-five thousand eight hundred eight")]
    public void NumberWords_WritesUsEnglishWords(long number, string expected) =>
        NumberWords.Cardinal(number).Should().Be(expected);

    [Fact]
    public void Join_OneString_IsOneItemNotItsLetters()
    {
        TextFunctions.Join("Ana", "and").Should().Be("Ana");
        TextFunctions.Join(new List<string> { "Ana", "Luis", "Mei" }, "or").Should().Be("Ana, Luis, or Mei");
    }

    [Theory]
    [InlineData(1, "1st", "first")]
    [InlineData(2, "2nd", "second")]
    [InlineData(3, "3rd", "third")]
    [InlineData(11, "11th", "eleventh")]
    [InlineData(12, "12th", "twelfth")]
    [InlineData(13, "13th", "thirteenth")]
    [InlineData(21, "21st", "twenty-first")]
    [InlineData(40, "40th", "fortieth")]
    [InlineData(102, "102nd", "one hundred second")]
    public void Ordinal_WritesDigitsAndWords(long number, string digits, string words)
    {
        NumberWords.Ordinal(number).Should().Be(digits);
        NumberWords.OrdinalWords(number).Should().Be(words);
    }

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "Ana" }, "Ana")]
    [InlineData(new[] { "Ana", "Ben" }, "Ana and Ben")]
    [InlineData(new[] { "Ana", "Ben", "Cy" }, "Ana, Ben, and Cy")]
    public void Join_UsesTheSerialComma(string[] names, string expected) =>
        TextFunctions.Join(names, "and").Should().Be(expected);

    [Fact]
    public async Task Render_TextFunctionsInATemplate_WriteLegalProse()
    {
        var body = Docx.Paragraph("{{ names | text.join_and }} ({{ names.size | text.plural \"Petitioner\" \"Petitioners\" }}) waited {{ 18 | text.number_with_words }} months, {{ 1605 | text.number_with_words }} days. Signed this {{ \"2026-06-03\" | text.day_of }}; filed {{ \"2026-06-03\" | text.long_date }}.");

        var paragraphs = await Render.BodyParagraphsAsync(body, """{"names": ["Ana", "Ben", "Cy"]}""");

        paragraphs.Should().Equal("Ana, Ben, and Cy (Petitioners) waited eighteen (18) months, one thousand six hundred five (1,605) days. Signed this 3rd day of June, 2026; filed June 3, 2026.");
    }
}
