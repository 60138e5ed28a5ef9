using PetitionKit.Deadlines;

namespace PetitionKit.Tests.Deadlines;

public sealed class WorkingDayCountTests
{
    [Fact]
    public void After_PlainWeeks_SkipsOnlyWeekends()
    {
        // Monday, March 2, 2026: four whole weeks with no holiday.
        var count = WorkingDayCount.After(new DateOnly(2026, 3, 2), 20);

        count.EndsOn.Should().Be(new DateOnly(2026, 3, 30));
        count.HolidaysSkipped.Should().BeEmpty();
    }

    [Fact]
    public void After_FromASaturday_CountsMondayAsTheFirstDay()
    {
        var count = WorkingDayCount.After(new DateOnly(2026, 3, 7), 1);

        count.EndsOn.Should().Be(new DateOnly(2026, 3, 9));
    }

    [Fact]
    public void After_JuneteenthOnAFriday_SkipsIt()
    {
        // Friday, June 19, 2026 falls inside the count.
        var count = WorkingDayCount.After(new DateOnly(2026, 6, 1), 20);

        count.EndsOn.Should().Be(new DateOnly(2026, 6, 30));
        count.HolidaysSkipped.Select(h => h.Name).Should().Equal("Juneteenth National Independence Day");
    }

    [Fact]
    public void After_SaturdayHoliday_SkipsTheObservedFridayBefore()
    {
        // Independence Day 2026 is a Saturday, observed Friday, July 3.
        var count = WorkingDayCount.After(new DateOnly(2026, 7, 1), 2);

        count.EndsOn.Should().Be(new DateOnly(2026, 7, 6));
        count.HolidaysSkipped.Should().ContainSingle().Which.ObservedOn.Should().Be(new DateOnly(2026, 7, 3));
    }

    [Fact]
    public void After_SundayHoliday_SkipsTheObservedMondayAfter()
    {
        // Independence Day 2027 is a Sunday, observed Monday, July 5.
        var count = WorkingDayCount.After(new DateOnly(2027, 7, 2), 1);

        count.EndsOn.Should().Be(new DateOnly(2027, 7, 6));
    }

    [Fact]
    public void After_AcrossTheYearEnd_SkipsChristmasAndNewYearsDay()
    {
        // Friday, December 18, 2026; Christmas is Friday, December 25, and New Year's Day Friday, January 1, 2027.
        var count = WorkingDayCount.After(new DateOnly(2026, 12, 18), 20);

        count.EndsOn.Should().Be(new DateOnly(2027, 1, 20));
        count.HolidaysSkipped.Select(h => h.Name).Should().Equal("Christmas Day", "New Year's Day", "Birthday of Martin Luther King, Jr.");
    }

    [Fact]
    public void After_NewYearsDayOnASaturday_SkipsDecemberThirtyFirstOfTheYearBefore()
    {
        // New Year's Day 2028 is a Saturday, observed Friday, December 31, 2027.
        var count = WorkingDayCount.After(new DateOnly(2027, 12, 29), 2);

        count.EndsOn.Should().Be(new DateOnly(2028, 1, 3));
        count.HolidaysSkipped.Select(h => h.Name).Should().Equal("New Year's Day");
    }

    [Fact]
    public void After_ThanksgivingWeek_SkipsThursdayOnly()
    {
        // Thanksgiving 2026 is Thursday, November 26; the Friday after is a working day.
        var count = WorkingDayCount.After(new DateOnly(2026, 11, 24), 3);

        count.EndsOn.Should().Be(new DateOnly(2026, 11, 30));
    }
}
