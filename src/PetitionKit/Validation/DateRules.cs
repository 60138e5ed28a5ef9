using System.Globalization;
using PetitionKit.Model;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>Dates are not after the as-of day and come in a possible order.</summary>
internal static class DateRules
{
    public static void Check(ValidationContext context)
    {
        var petition = context.Petition;
        var filed = petition.Application.FilingDate;
        NotAfterAsOf(context, filed, "application.filing_date", "The filing date");
        if (petition.ProcessingTime is { } processing)
        {
            NotAfterAsOf(context, processing.CheckedOn, "processing_time.checked_on", "The processing-time check");
        }

        CheckPetitioners(context, filed);
        for (var i = 0; i < petition.Officials.Count; i++)
        {
            if (petition.Officials[i].NameAsOf is { } nameAsOf)
            {
                NotAfterAsOf(context, nameAsOf, Indexed("officials", i, "name_as_of"), "The date the name was checked");
            }
        }

        CheckTimeline(context, filed);
    }

    private static void CheckPetitioners(ValidationContext context, DateOnly filed)
    {
        var petitioners = context.Petition.Petitioners;
        for (var i = 0; i < petitioners.Count; i++)
        {
            if (petitioners[i].DateOfBirth is not { } born)
            {
                continue;
            }

            var path = Indexed("petitioners", i, "date_of_birth");
            NotAfterAsOf(context, born, path, "The date of birth");
            if (born > filed && petitioners[i].Role is PetitionerRole.Applicant or PetitionerRole.FilingPetitioner)
            {
                context.Error(DiagnosticCodes.BirthAfterFiling, path, $"The date of birth is after the filing date ({Iso(filed)}); check both.");
            }
        }
    }

    private static void CheckTimeline(ValidationContext context, DateOnly filed)
    {
        var timeline = context.Petition.Timeline;
        var firstRfe = timeline.Where(e => e.Kind == TimelineEventKind.RfeIssued).Select(e => (DateOnly?)e.Date).Min();
        for (var i = 0; i < timeline.Count; i++)
        {
            var item = timeline[i];
            var path = Indexed("timeline", i, "date");
            NotAfterAsOf(context, item.Date, path, "This event");
            if (item.Kind != TimelineEventKind.Other && item.Date < filed)
            {
                context.Error(
                    DiagnosticCodes.EventBeforeFiling,
                    path,
                    $"This event is dated {Iso(item.Date)}, before the filing date {Iso(filed)}; an agency step cannot come before the filing.");
            }

            if (item.Kind == TimelineEventKind.RfeResponse && (firstRfe is null || item.Date < firstRfe))
            {
                var message = firstRfe is null
                    ? "There is a response to a request for evidence but no request; add the date the request was issued."
                    : $"The response is dated {Iso(item.Date)}, before the first request for evidence ({Iso(firstRfe.Value)}).";
                context.Error(DiagnosticCodes.RfeResponseBeforeRfe, path, message);
            }
        }
    }

    internal static void NotAfterAsOf(ValidationContext context, DateOnly date, string path, string what)
    {
        if (date > context.AsOf)
        {
            context.Error(
                DiagnosticCodes.DateAfterAsOf,
                path,
                $"{what} ({Iso(date)}) is after the draft's as-of date ({Iso(context.AsOf)}); a draft can state only what has happened.");
        }
    }

    private static string Indexed(string list, int index, string property) =>
        string.Create(CultureInfo.InvariantCulture, $"{list}[{index}].{property}");

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
