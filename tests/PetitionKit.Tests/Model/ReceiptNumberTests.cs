using PetitionKit.Model;

namespace PetitionKit.Tests.Model;

public sealed class ReceiptNumberTests
{
    [Theory]
    [InlineData("EAC-22-123-45678", "EAC2212345678", "EAC", 2022, 123)]
    [InlineData("eac2212345678", "EAC2212345678", "EAC", 2022, 123)]
    [InlineData("LIN 21 090 50001", "LIN2109050001", "LIN", 2021, 90)]
    [InlineData("IOE0912345678", "IOE0912345678", "IOE", null, null)]
    [InlineData("ZNK1234567890", "ZNK1234567890", "ZNK", null, null)]
    [InlineData("ABC2212345678", "ABC2212345678", "ABC", null, null)]
    [InlineData("EAC2200012345", "EAC2200012345", "EAC", null, null)]
    public void TryParse_KnownShapes_NormalisesAndDecodesOnlyWhatIsKnown(
        string text, string value, string prefix, int? fiscalYear, int? workday)
    {
        var parsed = ReceiptNumber.TryParse(text, out var receipt);

        parsed.Should().BeTrue();
        receipt!.Value.Should().Be(value);
        receipt.Prefix.Should().Be(prefix);
        receipt.FiscalYear.Should().Be(fiscalYear);
        receipt.Workday.Should().Be(workday);
        receipt.IsLegacyStructured.Should().Be(fiscalYear is not null);
    }

    [Theory]
    [InlineData("")]
    [InlineData("EAC221234567")] // 12 characters
    [InlineData("EAC22123456789")] // 14 characters (a third-party error, docs/legal-rules.md#identifiers)
    [InlineData("EAC2212345678X")] // an invented checksum letter
    [InlineData("E4C2212345678")]
    [InlineData("2212345678EAC")]
    public void TryParse_WrongShape_Fails(string text)
    {
        ReceiptNumber.TryParse(text, out var receipt).Should().BeFalse();
        receipt.Should().BeNull();
    }

    [Fact]
    public void TryParse_Asterisk_KeepsItAndFlagsIt()
    {
        ReceiptNumber.TryParse("EAC*2212345678", out var receipt).Should().BeTrue();

        receipt!.Value.Should().Be("EAC*2212345678");
        receipt.HasAsterisk.Should().BeTrue();
        receipt.FiscalYear.Should().Be(2022);
    }

    [Fact]
    public void Parse_WrongShape_ThrowsFormatExceptionNamingTheText()
    {
        var act = () => ReceiptNumber.Parse("EAC-22-123");

        act.Should().Throw<FormatException>().WithMessage("*'EAC-22-123'*three letters and ten digits*");
    }

    [Fact]
    public void ToString_IsTheNormalisedValue()
    {
        ReceiptNumber.Parse("wac-19-001-00001").ToString().Should().Be("WAC1900100001");
    }
}
