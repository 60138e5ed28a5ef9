using PetitionKit.Deadlines;

namespace PetitionKit.Tests.Deadlines;

/// <summary>The holiday list is 5 U.S.C. § 6103(a)'s, written out here independently of the library that computes it.</summary>
public sealed class LegalPublicHolidaysTests
{
    public static TheoryData<int> Years() => [.. Enumerable.Range(2015, 46)];

    [Theory]
    [MemberData(nameof(Years))]
    public void InYear_EveryYear_IsExactlyTheStatutesListWithItsObservedDays(int year)
    {
        var holidays = LegalPublicHolidays.InYear(year);

        holidays.Select(h => (h.Name, h.Date, h.ObservedOn)).Should().Equal(Statute(year));
    }

    [Fact]
    public void InYear_2026_ObservesIndependenceDayOnTheFridayBefore()
    {
        var holidays = LegalPublicHolidays.InYear(2026);

        holidays.Single(h => string.Equals(h.Name, "Independence Day", StringComparison.Ordinal)).ObservedOn.Should().Be(new DateOnly(2026, 7, 3));
        holidays.Single(h => string.Equals(h.Name, "Juneteenth National Independence Day", StringComparison.Ordinal)).ObservedOn.Should().Be(new DateOnly(2026, 6, 19));
    }

    [Fact]
    public void InYear_2027_ObservesSundayHolidaysOnTheMondayAfterAndSaturdayOnesOnTheFridayBefore()
    {
        var holidays = LegalPublicHolidays.InYear(2027);

        holidays.Single(h => string.Equals(h.Name, "Independence Day", StringComparison.Ordinal)).ObservedOn.Should().Be(new DateOnly(2027, 7, 5));
        holidays.Single(h => string.Equals(h.Name, "Juneteenth National Independence Day", StringComparison.Ordinal)).ObservedOn.Should().Be(new DateOnly(2027, 6, 18));
        holidays.Single(h => string.Equals(h.Name, "Christmas Day", StringComparison.Ordinal)).ObservedOn.Should().Be(new DateOnly(2027, 12, 24));
    }

    [Fact]
    public void InYear_2028_ObservesNewYearsDayOnDecemberThirtyFirstOfTheYearBefore()
    {
        var newYear = LegalPublicHolidays.InYear(2028).Single(h => string.Equals(h.Name, "New Year's Day", StringComparison.Ordinal));

        newYear.Date.Should().Be(new DateOnly(2028, 1, 1));
        newYear.ObservedOn.Should().Be(new DateOnly(2027, 12, 31));
    }

    [Fact]
    public void InYear_2020_HasNoJuneteenthBecauseItWasAddedIn2021()
    {
        var holidays = LegalPublicHolidays.InYear(2020);

        holidays.Should().HaveCount(10).And.NotContain(h => h.Name.StartsWith("Juneteenth", StringComparison.Ordinal));
        LegalPublicHolidays.InYear(2021).Should().HaveCount(11);
    }

    [Theory]
    [InlineData(2029, true)]
    [InlineData(2033, true)]
    [InlineData(2028, false)]
    [InlineData(2030, false)]
    public void InaugurationDay_OnlyInTheYearAfterAPresidentialElection(int year, bool expected)
    {
        var day = LegalPublicHolidays.InaugurationDay(year);

        (day == new DateOnly(year, 1, 20)).Should().Be(expected);
        (day is null).Should().Be(!expected);
    }

    // 5 U.S.C. § 6103(a), as authorities.md § 2 lists it, with the observed-day rule it gives.
    private static IEnumerable<(string Name, DateOnly Date, DateOnly ObservedOn)> Statute(int year)
    {
        yield return Fixed("New Year's Day", year, 1, 1);
        yield return Floating("Birthday of Martin Luther King, Jr.", Nth(year, 1, DayOfWeek.Monday, 3));
        yield return Floating("Washington's Birthday", Nth(year, 2, DayOfWeek.Monday, 3));
        yield return Floating("Memorial Day", Last(year, 5, DayOfWeek.Monday));
        if (year >= 2021)
        {
            yield return Fixed("Juneteenth National Independence Day", year, 6, 19);
        }

        yield return Fixed("Independence Day", year, 7, 4);
        yield return Floating("Labor Day", Nth(year, 9, DayOfWeek.Monday, 1));
        yield return Floating("Columbus Day", Nth(year, 10, DayOfWeek.Monday, 2));
        yield return Fixed("Veterans Day", year, 11, 11);
        yield return Floating("Thanksgiving Day", Nth(year, 11, DayOfWeek.Thursday, 4));
        yield return Fixed("Christmas Day", year, 12, 25);
    }

    private static (string, DateOnly, DateOnly) Fixed(string name, int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);
        var observed = date.DayOfWeek switch
        {
            DayOfWeek.Saturday => date.AddDays(-1),
            DayOfWeek.Sunday => date.AddDays(1),
            _ => date,
        };
        return (name, date, observed);
    }

    private static (string, DateOnly, DateOnly) Floating(string name, DateOnly date) => (name, date, date);

    private static DateOnly Nth(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    private static DateOnly Last(int year, int month, DayOfWeek weekday)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var offset = ((int)last.DayOfWeek - (int)weekday + 7) % 7;
        return last.AddDays(-offset);
    }
}
