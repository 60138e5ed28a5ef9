using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using PetitionKit.Json;
using PetitionKit.Packets;

namespace PetitionKit.Cli.Commands;

/// <summary><c>deadlines.ics</c>: the packet's deadlines as an RFC 5545 calendar for the office calendar. A deadline
/// with a date is an all-day event on that day; one whose starting day was not given is a to-do with no date, since an
/// event needs a day and a guessed one is worse than none. Same inputs, same bytes: each UID is derived from the petition
/// and the deadline, and DTSTAMP is the packet's as-of day, never the clock.</summary>
internal static class PacketCalendar
{
    public const string FileName = "deadlines.ics";

    private const string Mark = "ATTORNEY REVIEW DRAFT: verify before relying on it.";

    public static async Task WriteAsync(Stream destination, Model.Petition petition, PacketReport report, CancellationToken cancellationToken)
    {
        var petitionBytes = Encoding.UTF8.GetBytes(PetitionJson.Write(petition));
        var stamp = new CalDateTime(report.AsOf.Year, report.AsOf.Month, report.AsOf.Day, 0, 0, 0, CalDateTime.UtcTzId);
        var calendar = new Ical.Net.Calendar { ProductId = "-//PetitionKit//Filing packet deadlines//EN" };
        foreach (var deadline in report.Deadlines)
        {
            var summary = $"{deadline.Event} ({deadline.Rule})";
            var description = string.Create(CultureInfo.InvariantCulture, $"{Mark} {deadline.Days} days after {deadline.CountedFrom} ({deadline.Rule}).")
                + (deadline.Due is null
                    ? " No date: that day was not given. Enter it when known."
                    : " A plain count of calendar days: check the court's rules on counting time and any order that changes the deadline.");
            var uid = Uid(petitionBytes, deadline);
            if (deadline.Due is { } due)
            {
                calendar.Events.Add(new CalendarEvent { Uid = uid, DtStamp = stamp, DtStart = new CalDateTime(due), Summary = summary, Description = description });
            }
            else
            {
                calendar.Todos.Add(new Todo { Uid = uid, DtStamp = stamp, Summary = summary, Description = description });
            }
        }

        var text = new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
        await destination.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A UID that stays the same when the same packet is drafted again (a calendar app then updates the entry
    /// rather than adding a second one) and differs between petitions; a hash, so no name or number leaks into it.</summary>
    private static string Uid(byte[] petition, PacketDeadline deadline)
    {
        var key = Encoding.UTF8.GetBytes($"\n{deadline.Event}\n{deadline.Rule}\n{deadline.CountedFrom}");
        var hash = SHA256.HashData([.. petition, .. key]);
        return Convert.ToHexStringLower(hash.AsSpan(0, 16)) + "@petitionkit";
    }
}
