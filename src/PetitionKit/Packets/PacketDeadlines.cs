using System.Globalization;
using PetitionKit.Catalogs;
using PetitionKit.Model;
using PetitionKit.Word.Diagnostics;
using Scriban.Runtime;

namespace PetitionKit.Packets;

/// <summary>The deadlines after filing (docs/legal-rules.md#the-filing-packet, checked in the authority catalog):
/// service within 90 days of filing (Fed. R. Civ. P. 4(m)); the answer 60 days after service on the U.S. Attorney
/// (Rule 12(a)(2)), or in FOIA 30 days after service (5 U.S.C. § 552(a)(4)(C)). A date only from a day the user
/// gave.</summary>
internal static class PacketDeadlines
{
    /// <summary>Where a problem with <see cref="PacketOptions.FiledOn"/> is reported; like <c>as_of</c>, given with the
    /// petition rather than in it.</summary>
    public const string FiledOnPath = "filed_on";

    /// <summary>Where a problem with <see cref="PacketOptions.ServedOn"/> is reported.</summary>
    public const string ServedOnPath = "served_on";

    public static IReadOnlyList<(PacketDeadline Deadline, string AuthorityId)> For(Petition petition, PacketOptions options)
    {
        var foia = petition.CaseType == CaseType.FoiaRecords;
        var answer = foia
            ? (Days: 30, Id: "5-usc-552-a-4-c", From: "service")
            : (Days: 60, Id: "frcp-12-a-2", From: "service on the United States attorney");
        var defendants = foia ? "each defendant agency" : "the defendants";
        return
        [
            (new PacketDeadline("Serve every defendant", Citation("frcp-4-m"), 90, "filing", options.FiledOn?.AddDays(90)), "frcp-4-m"),
            (new PacketDeadline($"Answer or other response due from {defendants}", Citation(answer.Id), answer.Days, answer.From, options.ServedOn?.AddDays(answer.Days)), answer.Id),
        ];
    }

    /// <summary>The days the deadlines count from, checked with the petition: each in the calendar range PetitionKit
    /// accepts (PK1024), so no count runs off the calendar.</summary>
    public static IReadOnlyList<Diagnostic> Check(PacketOptions options) =>
    [
        .. OutOfRange(FiledOnPath, options.FiledOn),
        .. OutOfRange(ServedOnPath, options.ServedOn),
    ];

    /// <summary>The deadlines as the deadlines page reads them (<c>packet.deadlines</c>).</summary>
    public static ScriptArray View(Petition petition, PacketOptions options) => new(For(petition, options).Select(d => new ScriptObject(StringComparer.Ordinal)
    {
        { "event", d.Deadline.Event },
        { "authority", d.AuthorityId },
        { "days", d.Deadline.Days },
        { "counted_from", d.Deadline.CountedFrom },
        { "due", d.Deadline.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
    }));

    private static IEnumerable<Diagnostic> OutOfRange(string path, DateOnly? date)
    {
        if (date is { } day && !SupportedRanges.Contains(day))
        {
            yield return new Diagnostic(DiagnosticCodes.DateOutOfRange, DiagnosticSeverity.Error, path,
                $"The date {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} is outside the dates PetitionKit accepts ({SupportedRanges.DatesInWords}); check the year.");
        }
    }

    private static string Citation(string id) => AuthorityCatalog.Find(id)?.Citation
        ?? throw new InvalidOperationException($"The authority catalog has no '{id}'.");
}
