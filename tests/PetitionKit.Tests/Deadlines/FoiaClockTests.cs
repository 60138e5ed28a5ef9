using PetitionKit.Deadlines;
using PetitionKit.Model;
using PetitionKit.Tests.Model;

namespace PetitionKit.Tests.Deadlines;

public sealed class FoiaClockTests
{
    private static readonly Petition Foia = FoiaPetitions.Organization();

    [Fact]
    public void Summarize_ComponentReceipt_CountsTwentyWorkingDaysSkippingJuneteenth()
    {
        var summary = DelayCalculator.Summarize(Foia, new DateOnly(2026, 7, 2));

        var clock = summary.Foia!;
        clock.StartDate.Should().Be(new DateOnly(2026, 6, 1));
        clock.StartBasis.Should().Be(FoiaClockStart.ComponentReceipt);
        clock.EndsOn.Should().Be(new DateOnly(2026, 6, 30));
        clock.DaysPast.Should().Be(2);
        clock.HolidaysSkipped.Should().ContainSingle().Which.Name.Should().Be("Juneteenth National Independence Day");
    }

    [Fact]
    public void Summarize_StillRunning_GivesNegativeDaysPast()
    {
        var summary = DelayCalculator.Summarize(Foia, new DateOnly(2026, 6, 20));

        summary.Foia!.DaysPast.Should().Be(-10);
    }

    [Fact]
    public void Summarize_Foia_FillsTheCatalogsWorkingDayClockWithTheComputedDates()
    {
        var summary = DelayCalculator.Summarize(Foia, new DateOnly(2026, 7, 2));

        var clock = summary.StatutoryClocks.Should().ContainSingle(c => c.AuthorityId == "5-usc-552-a-6-a-i").Subject;
        clock.Days.Should().BeNull();
        clock.StartDate.Should().Be(new DateOnly(2026, 6, 1));
        clock.EndsOn.Should().Be(new DateOnly(2026, 6, 30));
        clock.DaysPast.Should().Be(2);
        clock.Standing.Should().Be("the working-day period from June 1, 2026 ended on June 30, 2026, 2 days ago");
        summary.Trac.Should().BeEmpty("FOIA has its own clock and remedy; TRAC weighs an unreasonable delay");
    }

    [Fact]
    public void Summarize_OnlyADesignatedComponentsReceipt_StartsTenWorkingDaysLater()
    {
        // Friday, May 1, 2026 + 10 working days = Friday, May 15; + 20 skipping Memorial Day (May 25) = Monday, June 15.
        var petition = Foia with { Foia = Foia.Foia! with { ComponentReceivedOn = null, DesignatedComponentReceivedOn = new DateOnly(2026, 5, 1) } };

        var clock = DelayCalculator.Summarize(petition, new DateOnly(2026, 7, 1)).Foia!;

        clock.StartBasis.Should().Be(FoiaClockStart.DesignatedComponentReceipt);
        clock.StartDate.Should().Be(new DateOnly(2026, 5, 15));
        clock.EndsOn.Should().Be(new DateOnly(2026, 6, 15));
        clock.HolidaysSkipped.Select(h => h.Name).Should().Equal("Memorial Day");
    }

    [Theory]
    [InlineData("2026-06-10", "2026-05-15", FoiaClockStart.DesignatedComponentReceipt)]
    [InlineData("2026-05-05", "2026-05-05", FoiaClockStart.ComponentReceipt)]
    public void Summarize_BothReceipts_StartsOnTheEarlierOfTheComponentsReceiptAndTheDesignatedLimit(string component, string expected, FoiaClockStart basis)
    {
        var petition = Foia with
        {
            Foia = Foia.Foia! with { ComponentReceivedOn = Date(component), DesignatedComponentReceivedOn = new DateOnly(2026, 5, 1) },
        };

        var clock = DelayCalculator.Summarize(petition, new DateOnly(2026, 7, 1)).Foia!;

        clock.StartDate.Should().Be(Date(expected));
        clock.StartBasis.Should().Be(basis);
    }

    [Fact]
    public void Summarize_NoReceiptDates_CountsFromTheRequestDate()
    {
        var petition = Foia with { Foia = null };

        var clock = DelayCalculator.Summarize(petition, new DateOnly(2026, 7, 1)).Foia!;

        clock.StartBasis.Should().Be(FoiaClockStart.RequestDate);
        clock.StartDate.Should().Be(new DateOnly(2026, 5, 29));
    }

    [Fact]
    public void Summarize_PeriodOverAnInaugurationDay_NamesItWithoutSkippingIt()
    {
        // Monday, January 8, 2029: the count skips Martin Luther King, Jr.'s birthday (January 15) and the weekend of
        // Saturday, January 20, Inauguration Day, which it never skips as a holiday.
        var petition = Foia with { Foia = Foia.Foia! with { ComponentReceivedOn = new DateOnly(2029, 1, 8) } };

        var clock = DelayCalculator.Summarize(petition, new DateOnly(2029, 3, 1)).Foia!;

        clock.InaugurationDay.Should().Be(new DateOnly(2029, 1, 20));
        clock.HolidaysSkipped.Select(h => h.Name).Should().Equal("Birthday of Martin Luther King, Jr.");
        clock.EndsOn.Should().Be(new DateOnly(2029, 2, 6));
    }

    [Fact]
    public void Summarize_NotAFoiaCase_HasNoFoiaClock()
    {
        var summary = DelayCalculator.Summarize(SamplePetitions.Complete(), SamplePetitions.AsOf);

        summary.Foia.Should().BeNull();
    }

    private static DateOnly Date(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
