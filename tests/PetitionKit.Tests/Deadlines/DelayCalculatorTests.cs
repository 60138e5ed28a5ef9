using PetitionKit.Deadlines;
using PetitionKit.Model;
using PetitionKit.Tests.Model;
using PetitionKit.Tests.Validation;

namespace PetitionKit.Tests.Deadlines;

public sealed class DelayCalculatorTests
{
    private static readonly Petition Complete = SamplePetitions.Complete();

    [Fact]
    public void Summarize_DelayCase_CountsFromTheDayAfterFiling()
    {
        var summary = Summarize(Complete, new DateOnly(2022, 3, 2));

        summary.Trigger.Should().Be(DelayTrigger.FilingDate);
        summary.TriggerDate.Should().Be(new DateOnly(2022, 3, 1));
        summary.DaysPending.Should().Be(1);
        summary.PendingInWords.Should().Be("one day");
    }

    [Fact]
    public void Summarize_SampleAsOf_GivesDaysAndWords()
    {
        var summary = Summarize(Complete, SamplePetitions.AsOf);

        summary.DaysPending.Should().Be(1189);
        summary.PendingInWords.Should().Be("three years, three months, and one day");
    }

    [Theory]
    [InlineData("2023-05-16", -1)] // 14.5 months from 2022-03-01: 14 months to 2023-05-01, then 15.22 days rounded up to 16
    [InlineData("2023-05-17", 0)]
    [InlineData("2023-05-18", 1)]
    public void Summarize_PostedProcessingTime_CountsDaysPastItsEnd(string asOf, int expected)
    {
        var summary = Summarize(Complete, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

        summary.PostedTimeEndsOn.Should().Be(new DateOnly(2023, 5, 17));
        summary.DaysPastPostedTime.Should().Be(expected);
    }

    [Fact]
    public void Summarize_NoPostedMonths_LeavesPostedTimeEmpty()
    {
        var petition = Complete with { ProcessingTime = Complete.ProcessingTime! with { PostedMonths = null, PostedText = "Case inquiry date: 2023-01-01" } };

        var summary = Summarize(petition, SamplePetitions.AsOf);

        summary.PostedTimeEndsOn.Should().BeNull();
        summary.DaysPastPostedTime.Should().BeNull();
    }

    [Fact]
    public void Summarize_CatalogClock_CountsDaysPastTheStatutoryPeriod()
    {
        var petition = Complete with { CaseType = CaseType.I589AffirmativeAsylum };

        var summary = Summarize(petition, new DateOnly(2022, 9, 1));

        var clock = summary.StatutoryClocks.Should().ContainSingle().Subject;
        clock.StartDate.Should().Be(new DateOnly(2022, 3, 1));
        clock.EndsOn.Should().Be(new DateOnly(2022, 8, 28));
        clock.DaysPast.Should().Be(4);
        summary.Trac[1].Facts.Should().ContainSingle().Which.Text.Should().Contain("180-day period").And.Contain("4 days ago");
    }

    [Fact]
    public void Summarize_CatalogClockStillRunning_SaysWhenItEndsNotThatItEnded()
    {
        var petition = Complete with { CaseType = CaseType.I589AffirmativeAsylum };

        var summary = Summarize(petition, new DateOnly(2022, 8, 1));

        var fact = summary.Trac[1].Facts.Should().ContainSingle().Subject;
        fact.Text.Should().Contain("180-day period from March 1, 2022 ends on August 28, 2022.").And.NotContain("ended");
        fact.Path.Should().Be("analysis.statutory_clocks[0]");
        fact.Kind.Should().Be(TracFactKind.StatutoryClock);
        fact.Date.Should().Be(new DateOnly(2022, 8, 28));
    }

    [Theory]
    [InlineData(120, false)] // day 120 closes the period: not ripe
    [InlineData(121, true)] // day 121: ripe
    public void Summarize_1447b_IsRipeFromDay121(int daysAfterInterview, bool ripe)
    {
        var interview = new DateOnly(2024, 1, 2);
        var petition = Naturalization(interview);

        var summary = Summarize(petition, interview.AddDays(daysAfterInterview));

        summary.Trigger.Should().Be(DelayTrigger.Interview);
        summary.TriggerDate.Should().Be(interview);
        summary.DaysPending.Should().Be(daysAfterInterview);
        summary.Naturalization!.DaysSinceInterview.Should().Be(daysAfterInterview);
        summary.Naturalization.RipeOn.Should().Be(new DateOnly(2024, 5, 2));
        summary.Naturalization.IsRipe.Should().Be(ripe);
    }

    [Fact]
    public void Summarize_1447bWithoutInterview_HasNoTriggerDate()
    {
        var petition = Complete with { CaseType = CaseType.N400PostInterview1447b };

        var summary = Summarize(petition, SamplePetitions.AsOf);

        summary.TriggerDate.Should().BeNull();
        summary.DaysPending.Should().BeNull();
        summary.Naturalization.Should().BeNull();
    }

    [Fact]
    public void Summarize_Trac_SortsFactsUnderTheSixFactors()
    {
        var petition = Complete with
        {
            Timeline = [.. Complete.Timeline, new TimelineEvent { Date = new DateOnly(2024, 10, 1), Kind = TimelineEventKind.ExpediteRequest, Outcome = "denied" }],
            Harms = [.. Complete.Harms, new Harm { Kind = HarmKind.Work, Description = "Lost a job offer." }],
        };

        var trac = Summarize(petition, SamplePetitions.AsOf).Trac;

        trac.Select(f => f.Number).Should().Equal(1, 2, 3, 4, 5, 6);
        trac[0].Facts.Select(f => f.Path).Should().Equal("application.filing_date", "processing_time");
        trac[0].Facts[0].Text.Should().Be("1,189 days (three years, three months, and one day) have passed since filing on March 1, 2022.");
        trac[0].Facts[1].ExhibitLabel.Should().Be("D");
        trac[1].Facts.Should().BeEmpty();
        trac[2].Facts.Select(f => f.Path).Should().Equal("harms[0]", "timeline[2]");
        trac[2].Facts[1].Kind.Should().Be(TracFactKind.ExpediteRequest);
        trac[2].Facts[1].Date.Should().Be(new DateOnly(2024, 10, 1));
        trac[2].Facts[1].Text.Should().Be("October 1, 2024: request to expedite. Outcome: denied.");
        trac[3].Facts.Select(f => f.Kind).Should().NotContain(TracFactKind.ExpediteRequest);
        trac[4].Facts.Select(f => f.Path).Should().Equal("harms[0]", "harms[1]");
        trac[4].Facts[1].HarmKind.Should().Be(HarmKind.Work);
        trac[5].Facts.Should().ContainSingle().Which.Path.Should().Be("timeline[1]");
    }

    private static DelaySummary Summarize(Petition petition, DateOnly asOf) =>
        DelayCalculator.Summarize(petition, asOf, FakeCatalog.Instance);

    private static Petition Naturalization(DateOnly interview) => Complete with
    {
        CaseType = CaseType.N400PostInterview1447b,
        Application = Complete.Application with { Form = "N-400", FilingDate = new DateOnly(2023, 5, 1) },
        Timeline = [new TimelineEvent { Date = interview, Kind = TimelineEventKind.Interview }],
    };
}
