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
        fact.Text.Should().Contain("the 180-day period from March 1, 2022 runs until August 28, 2022, 27 days from now.").And.NotContain("ended");
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
        summary.Naturalization.PeriodEndsOn.Should().Be(new DateOnly(2024, 5, 1));
        summary.Naturalization.IsRipe.Should().Be(ripe);
    }

    [Theory]
    [InlineData(120, "runs until May 1, 2024 (today)")] // day 120 is the period's last day
    [InlineData(121, "ended on May 1, 2024, 1 day ago")] // day 121: ended the day before
    public void Summarize_1447bClock_EndsOnDay120AndHasEndedOnlyFromDay121(int daysAfterInterview, string standing)
    {
        var interview = new DateOnly(2024, 1, 2);

        var clock = DelayCalculator.Summarize(Naturalization(interview), interview.AddDays(daysAfterInterview)).StatutoryClocks.Single();

        clock.EndsOn.Should().Be(new DateOnly(2024, 5, 1));
        clock.Standing.Should().EndWith(standing);
        clock.HasEnded.Should().Be(daysAfterInterview > 120);
    }

    [Theory]
    [InlineData("(c)(8)", true)]
    [InlineData(" (C) (8) ", true)]
    [InlineData("(c)(9)", false)]
    [InlineData("(a)(12)", false)]
    [InlineData(null, false)]
    public void Summarize_I765_HasTheThirtyDayClockForCategoryC8Only(string? category, bool hasClock)
    {
        var petition = Ead(category);

        var clocks = DelayCalculator.Summarize(petition, new DateOnly(2026, 6, 1)).StatutoryClocks;

        clocks.Any(c => string.Equals(c.AuthorityId, "8-cfr-208-7-a-1", StringComparison.Ordinal)).Should().Be(hasClock);
        clocks.Should().Contain(c => string.Equals(c.AuthorityId, "8-usc-1571-b", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_C8Clock_CarriesItsSecondarySourceCaveat()
    {
        var clock = DelayCalculator.Summarize(Ead("(c)(8)"), new DateOnly(2026, 6, 1)).StatutoryClocks.Single(c => c.Days == 30);

        clock.Caveat.Should().Contain("[S]").And.Contain("uncertain").And.Contain("initial application");
        clock.Pleading.Should().Contain("category (c)(8)").And.Contain("30 days");
    }

    [Theory]
    [InlineData("2020-03-20", true, "within the period, so it is met and not pleaded")] // interview on day 35 of 45
    [InlineData("2022-05-03", false, "the interview was not held until May 3, 2022, 764 days after the period ended")]
    public void Summarize_AsylumInterviewClock_IsMetOnlyByAnInterviewWithinTheFortyFiveDays(string interview, bool met, string standing)
    {
        var petition = Asylum() with
        {
            Timeline = [new TimelineEvent { Date = DateOnly.Parse(interview, System.Globalization.CultureInfo.InvariantCulture), Kind = TimelineEventKind.Interview }],
        };

        var clocks = DelayCalculator.Summarize(petition, new DateOnly(2026, 6, 1)).StatutoryClocks;

        var interviewClock = clocks.Single(c => c.Step == PetitionKit.Catalogs.ClockStep.Interview);
        interviewClock.IsMet.Should().Be(met);
        interviewClock.CanBePleaded.Should().Be(!met);
        interviewClock.Standing.Should().Contain(standing);
        clocks.Single(c => c.Days == 180).StepTakenOn.Should().BeNull("an interview does not stop the adjudication period");
    }

    [Fact]
    public void Summarize_AsylumWithoutInterview_SaysNoInterviewIsRecordedAndQualifiesThePleading()
    {
        var clocks = DelayCalculator.Summarize(Asylum(), new DateOnly(2026, 6, 1)).StatutoryClocks;

        clocks.Should().HaveCount(2).And.OnlyContain(c => c.Pleading.StartsWith("In the absence of exceptional circumstances", StringComparison.Ordinal));
        clocks[0].Standing.Should().Be("the 45-day period from February 14, 2020 ended on March 30, 2020, 2,254 days ago; no interview is recorded, so the draft pleads that no interview has been held: confirm it");
    }

    [Fact]
    public void Summarize_I751WithoutInterview_LeavesTheDecisionPeriodUnstartedAndUnpleaded()
    {
        var petition = Complete with { CaseType = CaseType.I751RemoveConditions, Application = Complete.Application with { Form = "I-751" }, Timeline = [] };

        var decision = DelayCalculator.Summarize(petition, new DateOnly(2026, 6, 1)).StatutoryClocks.Single(c => string.Equals(c.AuthorityId, "8-usc-1186a-c-3-a", StringComparison.Ordinal));

        decision.StartDate.Should().BeNull();
        decision.CanBePleaded.Should().BeFalse();
        decision.Standing.Should().StartWith("the 90-day period runs from the interview, which the petition does not record; it is not pleaded");
    }

    [Fact]
    public void Summarize_ConsularRefusal_CountsFromTheRefusalNotTheVisaApplication()
    {
        var petition = Complete with
        {
            CaseType = CaseType.Ds260AdministrativeProcessing,
            Application = Complete.Application with { Form = "DS-260", ReceiptNumber = null, FilingDate = new DateOnly(2023, 1, 9) },
            Timeline =
            [
                new TimelineEvent { Date = new DateOnly(2024, 5, 2), Kind = TimelineEventKind.Interview },
                new TimelineEvent { Date = new DateOnly(2024, 5, 2), Kind = TimelineEventKind.AdministrativeProcessingRefusal },
            ],
        };

        var summary = DelayCalculator.Summarize(petition, new DateOnly(2026, 6, 1));

        summary.Trigger.Should().Be(DelayTrigger.AdministrativeProcessingRefusal);
        summary.TriggerDate.Should().Be(new DateOnly(2024, 5, 2));
        summary.PendingInWords.Should().Be("two years and thirty days");
    }

    [Theory]
    [InlineData(CaseType.FoiaRecords)]
    [InlineData(CaseType.CivilRightsComplaint)]
    [InlineData(CaseType.N400PostInterview1447b)]
    public void Summarize_NoUnreasonableDelayClaim_HasNoTracFactors(CaseType caseType)
    {
        var summary = DelayCalculator.Summarize(Complete with { CaseType = caseType }, SamplePetitions.AsOf);

        summary.Trac.Should().BeEmpty();
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

    [Fact]
    public void Summarize_EventAfterTheAsOfDate_IsNoTracFact()
    {
        var later = SamplePetitions.AsOf.AddDays(1);
        var petition = Complete with
        {
            Timeline =
            [
                .. Complete.Timeline,
                new TimelineEvent { Date = later, Kind = TimelineEventKind.InquiryToAgency, Description = "A later inquiry." },
                new TimelineEvent { Date = later, Kind = TimelineEventKind.ExpediteRequest, Outcome = "denied" },
            ],
        };

        var facts = Summarize(petition, SamplePetitions.AsOf).Trac.SelectMany(f => f.Facts).ToList();

        facts.Should().NotContain(f => f.Date == later);
        facts.Should().Contain(f => string.Equals(f.Path, "timeline[1]", StringComparison.Ordinal));
    }

    private static DelaySummary Summarize(Petition petition, DateOnly asOf) =>
        DelayCalculator.Summarize(petition, asOf, FakeCatalog.Instance);

    private static Petition Ead(string? category) => Complete with
    {
        CaseType = CaseType.I765EmploymentAuthorization,
        Application = Complete.Application with { Form = "I-765", EadCategory = category },
    };

    private static Petition Asylum() => Complete with
    {
        CaseType = CaseType.I589AffirmativeAsylum,
        Application = Complete.Application with { Form = "I-589", ReceiptNumber = null, FilingDate = new DateOnly(2020, 2, 14) },
        Timeline = [],
    };

    private static Petition Naturalization(DateOnly interview) => Complete with
    {
        CaseType = CaseType.N400PostInterview1447b,
        Application = Complete.Application with { Form = "N-400", FilingDate = new DateOnly(2023, 5, 1) },
        Timeline = [new TimelineEvent { Date = interview, Kind = TimelineEventKind.Interview }],
    };
}
