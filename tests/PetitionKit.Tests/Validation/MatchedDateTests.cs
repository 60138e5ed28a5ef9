using PetitionKit.Validation;

namespace PetitionKit.Tests.Validation;

public sealed class MatchedDateTests
{
    [Theory]
    [InlineData("04/09/1985", 1985, 4, 9)]
    [InlineData("4.9.1985", 1985, 4, 9)]
    [InlineData("1985-04-09", 1985, 4, 9)]
    [InlineData("April 9, 1985", 1985, 4, 9)]
    [InlineData("Sept. 9 1985", 1985, 9, 9)]
    [InlineData("9 APR. 1985", 1985, 4, 9)]
    [InlineData("29 February 2024", 2024, 2, 29)]
    public void TryRead_EveryFormTheScannerMatches_ReadsTheDate(string text, int year, int month, int day)
    {
        MatchedDate.TryRead(text, out var date).Should().BeTrue();

        date.Should().Be(new DateOnly(year, month, day));
    }

    [Theory]
    [InlineData("02/30/1990")]
    [InlineData("13/01/1990")]
    [InlineData("29 February 2023")]
    [InlineData("1990-00-10")]
    public void TryRead_NoSuchDay_IsFalse(string text)
    {
        MatchedDate.TryRead(text, out _).Should().BeFalse();
    }
}
