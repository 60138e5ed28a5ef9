using System.Globalization;
using PetitionKit.Deadlines;
using PetitionKit.Word.Functions;

namespace PetitionKit.Tests.Deadlines;

public sealed class DurationPhraseTests
{
    [Theory]
    [InlineData("2024-01-01", "2024-01-01", "zero days")]
    [InlineData("2024-01-01", "2024-01-02", "one day")]
    [InlineData("2024-01-01", "2025-01-01", "one year")]
    [InlineData("2022-03-01", "2024-06-01", "two years and three months")]
    [InlineData("2024-01-01", "2024-12-05", "eleven months and four days")]
    [InlineData("2023-03-26", "2024-05-31", "one year, two months, and five days")]
    [InlineData("2024-01-31", "2024-02-29", "one month")] // month ends clamp: January 31 plus one month is February 29
    [InlineData("2024-02-29", "2025-02-28", "one year")] // the leap day's anniversary is February 28
    [InlineData("2000-01-01", "2022-01-22", "twenty-two years and twenty-one days")]
    public void Describe_Period_ReadsAsAPleadingWould(string start, string end, string expected)
    {
        DurationPhrase.Describe(Day(start), Day(end)).Should().Be(expected);
    }

    [Fact]
    public void Describe_EndBeforeStart_Throws()
    {
        var act = () => DurationPhrase.Describe(Day("2024-01-02"), Day("2024-01-01"));

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(0, "zero")]
    [InlineData(13, "thirteen")]
    [InlineData(40, "forty")]
    [InlineData(99, "ninety-nine")]
    [InlineData(120, "one hundred twenty")]
    public void Words_Number_SpellsItOut(int number, string expected)
    {
        NumberWords.Cardinal(number).Should().Be(expected);
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
