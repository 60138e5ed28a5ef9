using System.Globalization;
using System.Text.Json;
using PetitionKit.Catalogs;
using PetitionKit.Deadlines;
using PetitionKit.Model;

namespace PetitionKit.Cli.Machine;

/// <summary>The delay analysis as JSON: the facts <c>validate</c> prints, with the same names templates use under
/// <c>analysis</c>, written member by member so the shape is the documented one whatever the library adds later. Null
/// for a matter no delay claim fits.</summary>
internal static class MachineAnalysis
{
    public static void Write(Utf8JsonWriter json, CaseType caseType, DelaySummary summary)
    {
        if (CaseTypeCatalog.Get(caseType).Claims.Count == 0)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("as_of", Date(summary.AsOf));
        json.WriteString("trigger", JsonNamingPolicy.SnakeCaseLower.ConvertName(summary.Trigger.ToString()));
        WriteDate(json, "trigger_date", summary.TriggerDate);
        WriteNumber(json, "days_pending", summary.DaysPending);
        json.WriteString("pending_in_words", summary.PendingInWords);
        WriteDate(json, "posted_time_ends_on", summary.PostedTimeEndsOn);
        WriteNumber(json, "days_past_posted_time", summary.DaysPastPostedTime);
        WriteClocks(json, summary.StatutoryClocks);
        WriteNaturalization(json, summary.Naturalization);
        WriteFoia(json, summary.Foia);
        WriteTrac(json, summary.Trac);
        json.WriteEndObject();
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteClocks(Utf8JsonWriter json, IReadOnlyList<StatutoryClockStatus> clocks)
    {
        json.WriteStartArray("statutory_clocks");
        foreach (var clock in clocks)
        {
            json.WriteStartObject();
            json.WriteString("id", clock.Id);
            json.WriteString("name", clock.Name);
            json.WriteString("authority_id", clock.AuthorityId);
            WriteNumber(json, "days", clock.Days);
            WriteDate(json, "start_date", clock.StartDate);
            WriteDate(json, "ends_on", clock.EndsOn);
            WriteNumber(json, "days_past", clock.DaysPast);
            json.WriteBoolean("is_hortatory", clock.IsHortatory);
            json.WriteString("standing", clock.Standing);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteTrac(Utf8JsonWriter json, IReadOnlyList<TracFactor> factors)
    {
        json.WriteStartArray("trac");
        foreach (var factor in factors)
        {
            json.WriteStartObject();
            json.WriteNumber("number", factor.Number);
            json.WriteString("label", factor.Label);
            json.WriteStartArray("facts");
            foreach (var fact in factor.Facts)
            {
                json.WriteStartObject();
                json.WriteString("text", fact.Text);
                json.WriteString("path", fact.Path);
                json.WriteString("exhibit_label", fact.ExhibitLabel);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteNaturalization(Utf8JsonWriter json, NaturalizationRipeness? ripeness)
    {
        if (ripeness is not { } n)
        {
            json.WriteNull("naturalization");
            return;
        }

        json.WriteStartObject("naturalization");
        json.WriteString("interview_date", Date(n.InterviewDate));
        json.WriteNumber("days_since_interview", n.DaysSinceInterview);
        json.WriteString("period_ends_on", Date(n.PeriodEndsOn));
        json.WriteString("ripe_on", Date(n.RipeOn));
        json.WriteBoolean("is_ripe", n.IsRipe);
        json.WriteEndObject();
    }

    private static void WriteFoia(Utf8JsonWriter json, FoiaClock? foia)
    {
        if (foia is not { } f)
        {
            json.WriteNull("foia");
            return;
        }

        json.WriteStartObject("foia");
        json.WriteString("start_date", Date(f.StartDate));
        json.WriteString("start_basis", JsonNamingPolicy.SnakeCaseLower.ConvertName(f.StartBasis.ToString()));
        json.WriteNumber("working_days", f.WorkingDays);
        json.WriteString("ends_on", Date(f.EndsOn));
        json.WriteNumber("days_past", f.DaysPast);
        json.WriteStartArray("holidays_skipped");
        foreach (var holiday in f.HolidaysSkipped)
        {
            json.WriteStartObject();
            json.WriteString("name", holiday.Name);
            json.WriteString("date", Date(holiday.Date));
            json.WriteString("observed_on", Date(holiday.ObservedOn));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteDate(json, "inauguration_day", f.InaugurationDay);
        json.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } value)
        {
            json.WriteString(name, Date(value));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? number)
    {
        if (number is { } value)
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
