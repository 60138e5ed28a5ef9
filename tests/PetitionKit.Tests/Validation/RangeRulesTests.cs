using System.Text.Json.Serialization.Metadata;
using PetitionKit.Deadlines;
using PetitionKit.Json;
using PetitionKit.Model;
using PetitionKit.Tests.Model;
using PetitionKit.Validation;
using PetitionKit.Word;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Tests.Validation;

/// <summary>Every date and number is refused outside its documented range, at its path, beside the other errors, and
/// never with an exception.</summary>
public sealed class RangeRulesTests
{
    private static readonly Petition Complete = SamplePetitions.Complete();

    public static TheoryData<string, string, string> OutOfRange => new()
    {
        { "posted_months 1e28", "processing_time.posted_months", "10000000000000000000000000000 is outside the range this field accepts: expected a number of months more than 0 and at most 600." },
        { "posted_months 0", "processing_time.posted_months", "0 is outside the range this field accepts: expected a number of months more than 0 and at most 600." },
        { "posted_months 600.5", "processing_time.posted_months", "600.5 is outside the range this field accepts: expected a number of months more than 0 and at most 600." },
        { "percentile 101", "processing_time.percentile", "101 is outside the range this field accepts: expected a whole number from 1 to 100." },
        { "decide_within_days -5", "relief.decide_within_days", "-5 is outside the range this field accepts: expected a whole number of days from 1 to 365." },
        { "decide_within_days 0", "relief.decide_within_days", "0 is outside the range this field accepts: expected a whole number of days from 1 to 365." },
        { "decide_within_days 366", "relief.decide_within_days", "366 is outside the range this field accepts: expected a whole number of days from 1 to 365." },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Validate_NumberOutsideItsRange_ReportsPK1025AtItsPath(string change, string path, string message)
    {
        var issues = PetitionValidator.Validate(Change(Complete, change), SamplePetitions.AsOf, FakeCatalog.Instance).Issues;

        issues.Should().ContainSingle().Which.Should().Be(new Diagnostic("PK1025", DiagnosticSeverity.Error, path, message));
    }

    [Theory]
    [InlineData("posted_months 600")]
    [InlineData("posted_months 0.5")]
    [InlineData("percentile 1")]
    [InlineData("percentile 100")]
    [InlineData("decide_within_days 1")]
    [InlineData("decide_within_days 365")]
    public void Validate_NumberAtTheEdgeOfItsRange_IsAccepted(string change)
    {
        var issues = PetitionValidator.Validate(Change(Complete, change), SamplePetitions.AsOf, FakeCatalog.Instance).Issues;

        issues.Should().NotContain(i => i.Code == "PK1025");
    }

    [Fact]
    public void Validate_TimelineDateOf9999_12_31_ReportsPK1024BesideTheOtherDateError()
    {
        var petition = Complete with { Timeline = [Complete.Timeline[0], Complete.Timeline[1] with { Date = DateOnly.MaxValue }] };

        var issues = PetitionValidator.Validate(petition, SamplePetitions.AsOf, FakeCatalog.Instance).Issues;

        issues.Select(i => i.ToString()).Should().Equal(
            "timeline[1].date: error PK1024: The date 9999-12-31 is outside the dates PetitionKit accepts (1900-01-01 through 2199-12-31); check the year.",
            "timeline[1].date: error PK1020: This event (9999-12-31) is after the draft's as-of date (2025-06-02); a draft can state only what has happened.");
    }

    [Fact]
    public void Validate_DateOfBirthBefore1900_ReportsPK1024()
    {
        var petition = Complete with { Petitioners = [Complete.Petitioners[0] with { DateOfBirth = new DateOnly(1899, 12, 31) }, Complete.Petitioners[1]] };

        var issues = PetitionValidator.Validate(petition, SamplePetitions.AsOf, FakeCatalog.Instance).Issues;

        issues.Should().ContainSingle().Which.Should().Be(new Diagnostic("PK1024", DiagnosticSeverity.Error, "petitioners[0].date_of_birth",
            "The date 1899-12-31 is outside the dates PetitionKit accepts (1900-01-01 through 2199-12-31); check the year."));
    }

    [Fact]
    public void Validate_AsOf9999_12_31_ReportsPK1024AtAsOf()
    {
        var issues = PetitionValidator.Validate(Complete, DateOnly.MaxValue, FakeCatalog.Instance).Issues;

        issues.Should().Contain(new Diagnostic("PK1024", DiagnosticSeverity.Error, "as_of",
            "The as-of date 9999-12-31 is outside the dates PetitionKit accepts (1900-01-01 through 2199-12-31); draft as of the day the draft is made."));
    }

    [Fact]
    public void Validate_SeveralValuesOutOfRange_ReportsEveryOneTogether()
    {
        var petition = Change(Change(Change(Complete, "posted_months 1e28"), "decide_within_days -5"), "percentile 0") with
        {
            Application = Complete.Application with { FilingDate = DateOnly.MaxValue },
        };

        var issues = PetitionValidator.Validate(petition, SamplePetitions.AsOf, FakeCatalog.Instance).Issues;

        issues.Where(i => i.Code is "PK1024" or "PK1025").Select(i => i.Path).Should().BeEquivalentTo(
            "application.filing_date", "processing_time.posted_months", "processing_time.percentile", "relief.decide_within_days");
        issues.Should().Contain(i => i.Code == "PK1020" && i.Path == "application.filing_date");
    }

    [Theory]
    [InlineData("\"posted_months\": 14.5", "\"posted_months\": 1e30", "processing_time.posted_months", "1e30 is outside the range this field accepts: expected a number of months more than 0 and at most 600.")]
    [InlineData("\"petitioner_index\": 0", "\"petitioner_index\": 10000000000", "harms[0].petitioner_index", "10000000000 is outside the range this field accepts: expected the 0-based index of a petitioner.")]
    [InlineData("\"decide_within_days\": 30", "\"decide_within_days\": -1e400", "relief.decide_within_days", "-1e400 is outside the range this field accepts: expected a whole number of days from 1 to 365.")]
    public void Read_NumberTheFieldCannotHold_ReportsPK1025AtItsPath(string find, string replace, string path, string message)
    {
        var json = PetitionJson.Write(Complete);
        json.Should().Contain(find);

        var act = () => PetitionJson.Read(json.Replace(find, replace, StringComparison.Ordinal));

        act.Should().Throw<PetitionValidationException>().Which.Report.Issues.Should().ContainSingle()
            .Which.Should().Be(new Diagnostic("PK1025", DiagnosticSeverity.Error, path, message));
    }

    [Theory]
    [InlineData("5.5")]
    [InlineData("1e2")]
    public void Read_FractionOrExponentWhereAWholeNumberBelongs_StaysAWrongType(string number)
    {
        var act = () => PetitionJson.Read(PetitionJson.Write(Complete).Replace("\"decide_within_days\": 30", "\"decide_within_days\": " + number, StringComparison.Ordinal));

        act.Should().Throw<PetitionValidationException>().Which.Report.Issues.Should().ContainSingle()
            .Which.Should().Be(new Diagnostic("PK1001", DiagnosticSeverity.Error, "relief.decide_within_days", "This value has the wrong type: expected a whole number."));
    }

    [Fact]
    public void EveryNumberFieldOfThePetitionModel_HasARange()
    {
        var shapes = new List<string>();
        NumberShapes(typeof(Petition), string.Empty, shapes);

        shapes.Should().BeEquivalentTo(
            "processing_time.posted_months", "processing_time.percentile", "relief.decide_within_days",
            "harms[].petitioner_index", "petitioners[].next_friend.petitioner_index");
        shapes.Should().OnlyContain(shape => SupportedRanges.ForNumber(shape) != null);
    }

    public static TheoryData<string> HostileDates => ["0001-01-01", "1899-12-31", "2200-01-01", "9999-12-31"];

    [Theory]
    [MemberData(nameof(HostileDates))]
    public void ValidateAndSummarize_EveryDateAndTheAsOfAtACalendarExtreme_ReportErrorsAndNeverThrow(string date)
    {
        var extreme = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var caseType in Enum.GetValues<CaseType>())
        {
            var petition = EveryDate(WithEveryDateField(Complete) with { CaseType = caseType }, date);
            foreach (var asOf in new[] { extreme, SamplePetitions.AsOf })
            {
                var report = PetitionValidator.Validate(petition, asOf);
                _ = DelayCalculator.Summarize(petition, asOf);

                report.Issues.Should().Contain(i => i.Code == "PK1024" && i.Path == "application.filing_date", $"{caseType} as of {asOf}");
            }
        }
    }

    [Fact]
    public async Task DraftAsync_EveryDateAndTheAsOfOnTheLastAcceptedDay_DraftsWithoutError()
    {
        // The latest accepted date plus every period the analysis adds (600 posted months, 121 days, 20 working days)
        // must stay inside the calendar.
        var petition = EveryDate(WithEveryDateField(Complete), "2199-12-31") with
        {
            ProcessingTime = Complete.ProcessingTime! with { PostedMonths = 600m, CheckedOn = new DateOnly(2199, 12, 31) },
        };
        var asOf = new DateOnly(2199, 12, 31);
        using var output = new MemoryStream();

        var report = PetitionValidator.Validate(petition, asOf);
        report.HasErrors.Should().BeFalse(report.ToString());
        var analysis = DelayCalculator.Summarize(petition, asOf);
        await PetitionDrafter.DraftAsync(petition, global::PetitionKit.Templates.BuiltInTemplates.Get("uscis-delay"), output, new RenderOptions { AsOf = asOf }, cancellationToken: TestContext.Current.CancellationToken);

        analysis.PostedTimeEndsOn.Should().Be(new DateOnly(2249, 12, 31));
        output.Length.Should().BePositive();
    }

    private static Petition Change(Petition petition, string change)
    {
        var (field, value) = (change.Split(' ')[0], change.Split(' ')[1]);
        return field switch
        {
            "posted_months" => petition with { ProcessingTime = petition.ProcessingTime! with { PostedMonths = decimal.Parse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture) } },
            "percentile" => petition with { ProcessingTime = petition.ProcessingTime! with { Percentile = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) } },
            _ => petition with { Relief = petition.Relief with { DecideWithinDays = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) } },
        };
    }

    // The dates the complete sample leaves out, so that every date field of the model is set.
    private static Petition WithEveryDateField(Petition petition) => petition with
    {
        Foia = new FoiaRequest
        {
            ComponentReceivedOn = new DateOnly(2022, 3, 2),
            DesignatedComponentReceivedOn = new DateOnly(2022, 3, 1),
            FeeWaiver = new FoiaProcessingRequest { RequestedOn = new DateOnly(2022, 3, 1), Decision = FoiaProcessingDecision.Denied, DecidedOn = new DateOnly(2022, 4, 1) },
        },
        Visa = new VisaAvailability { Category = "F2A", PriorityDate = new DateOnly(2021, 1, 1), FinalActionDate = new DateOnly(2022, 1, 1), CheckedOn = new DateOnly(2025, 5, 1) },
        Timeline = [.. petition.Timeline, new TimelineEvent { Date = new DateOnly(2023, 1, 1), Kind = TimelineEventKind.Interview }],
    };

    private static Petition EveryDate(Petition petition, string date) =>
        PetitionJson.Read(System.Text.RegularExpressions.Regex.Replace(
            PetitionJson.Write(petition), "\"[0-9]{4}-[0-9]{2}-[0-9]{2}\"", $"\"{date}\"", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(5)));

    private static void NumberShapes(Type type, string shape, List<string> shapes)
    {
        var info = PetitionJsonContext.Default.GetTypeInfo(type)!;
        if (info.Kind == JsonTypeInfoKind.Enumerable)
        {
            NumberShapes(info.ElementType!, shape + "[]", shapes);
            return;
        }

        foreach (var property in info.Kind == JsonTypeInfoKind.Object ? info.Properties : [])
        {
            var name = shape.Length == 0 ? property.Name : shape + "." + property.Name;
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (propertyType == typeof(int) || propertyType == typeof(decimal) || propertyType == typeof(long) || propertyType == typeof(double))
            {
                shapes.Add(name);
            }
            else if (propertyType != typeof(string) && !propertyType.IsValueType)
            {
                NumberShapes(propertyType, name, shapes);
            }
        }
    }
}
