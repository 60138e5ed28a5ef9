using PetitionKit.Model;

namespace PetitionKit.Tests.Model;

public sealed class ANumberTests
{
    [Theory]
    [InlineData("A123456789", "A123456789")]
    [InlineData("A12345678", "A012345678")]
    [InlineData("1234567", "A001234567")]
    [InlineData("a-123-456-789", "A123456789")]
    [InlineData("A 012 345 678", "A012345678")]
    [InlineData("012.345.678", "A012345678")]
    public void TryParse_SevenToNineDigits_PadsToNine(string text, string expected)
    {
        ANumber.TryParse(text, out var number).Should().BeTrue();

        number!.Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("123456")]
    [InlineData("A1234567890")]
    [InlineData("B12345678")]
    [InlineData("A12345678X")]
    public void TryParse_WrongShape_Fails(string text)
    {
        ANumber.TryParse(text, out var number).Should().BeFalse();
        number.Should().BeNull();
    }

    [Theory]
    [InlineData(ANumberMasking.LastThree, "AXXX-XXX-789")]
    [InlineData(ANumberMasking.LastFour, "AXXX-XX6-789")]
    [InlineData(ANumberMasking.Full, "A123-456-789")]
    public void Format_EachPolicy_ShowsOnlyTheAllowedDigits(ANumberMasking masking, string expected)
    {
        ANumber.Parse("A123456789").Format(masking).Should().Be(expected);
    }

    [Fact]
    public void Format_UndefinedPolicy_Throws()
    {
        var act = () => ANumber.Parse("A123456789").Format((ANumberMasking)99);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Parse_WrongShape_ThrowsFormatException()
    {
        var act = () => ANumber.Parse("12");

        act.Should().Throw<FormatException>().WithMessage("*7 to 9 digits*");
    }
}
