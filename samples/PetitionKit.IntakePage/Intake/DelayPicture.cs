using System.Globalization;
using System.Net;
using System.Text;
using PetitionKit.Deadlines;
using PetitionKit.Model;

namespace PetitionKit.IntakePage.Intake;

/// <summary>The delay drawn on the server as an SVG timeline: the filing, the events that matter to the delay
/// (biometrics, interview, inquiries) and the as-of date as marks; the posted processing time and each statutory clock
/// as bands under the line.</summary>
public static class DelayPicture
{
    private const int Width = 720;
    private const int Left = 20;
    private const int Right = 20;
    private const int AxisY = 92;

    private static readonly TimelineEventKind[] Shown =
    [
        TimelineEventKind.Biometrics, TimelineEventKind.Interview, TimelineEventKind.InquiryToAgency,
        TimelineEventKind.InquiryToOmbudsman, TimelineEventKind.InquiryToCongress, TimelineEventKind.AdministrativeProcessingRefusal,
    ];

    /// <summary>Draws the petition's delay.</summary>
    /// <param name="petition">The petition.</param>
    /// <param name="summary">The library's delay analysis of it.</param>
    /// <returns>The SVG markup, and a sentence per mark and band for readers who cannot see it.</returns>
    public static (string Svg, IReadOnlyList<string> Legend) Draw(Petition petition, DelaySummary summary)
    {
        ArgumentNullException.ThrowIfNull(petition);
        ArgumentNullException.ThrowIfNull(summary);
        var marks = new List<(DateOnly Date, string Label)> { (petition.Application.FilingDate, "Filed") };
        marks.AddRange(petition.Timeline.Where(e => Shown.Contains(e.Kind)).OrderBy(e => e.Date).Select(e => (e.Date, Label(e.Kind))));
        marks.Add((summary.AsOf, "As of"));

        var bands = new List<(DateOnly From, DateOnly To, string Label, string Css)>();
        if (summary.PostedTimeEndsOn is { } postedEnd)
        {
            bands.Add((petition.Application.FilingDate, postedEnd, "Posted processing time", "posted"));
        }

        foreach (var clock in summary.StatutoryClocks.Where(c => c.StartDate is not null && c.EndsOn is not null))
        {
            bands.Add((clock.StartDate!.Value, clock.EndsOn!.Value, clock.Name.Trim().TrimEnd('.'), clock.IsHortatory ? "hortatory" : "clock"));
        }

        var first = marks.Select(m => m.Date).Concat(bands.Select(b => b.From)).Min();
        var last = marks.Select(m => m.Date).Concat(bands.Select(b => b.To)).Max();
        var span = Math.Max(1, last.DayNumber - first.DayNumber);
        double X(DateOnly d) => Left + ((Width - Left - Right) * (double)(d.DayNumber - first.DayNumber) / span);

        var height = AxisY + 24 + (bands.Count * 26) + 8;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" class=\"delay-picture\" role=\"img\" aria-labelledby=\"delay-title\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"delay-title\">Delay timeline: pending {Encode(summary.PendingInWords ?? "an unknown time")} as of {Iso(summary.AsOf)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{AxisY}\" x2=\"{Width - Right}\" y2=\"{AxisY}\" class=\"axis\"/>");
        for (var i = 0; i < marks.Count; i++)
        {
            var (date, label) = marks[i];
            var x = X(date);
            var row = i % 3;
            var y = AxisY - 16 - (row * 24);
            var anchor = x < 80 ? "start" : x > Width - 80 ? "end" : "middle";
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" y1=\"{y + 4}\" x2=\"{x:0.#}\" y2=\"{AxisY}\" class=\"tick\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x:0.#}\" cy=\"{AxisY}\" r=\"5\" class=\"{(string.Equals(label, "As of", StringComparison.Ordinal) ? "asof" : "mark")}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{y}\" text-anchor=\"{anchor}\">{Encode(label)} {Iso(date)}</text>");
        }

        for (var i = 0; i < bands.Count; i++)
        {
            var (from, to, label, css) = bands[i];
            var y = AxisY + 16 + (i * 26);
            var x1 = X(from);
            var w = Math.Max(2, X(to) - x1);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x1:0.#}\" y=\"{y}\" width=\"{w:0.#}\" height=\"8\" rx=\"3\" class=\"band {css}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x1:0.#}\" y=\"{y + 20}\" class=\"band-label\">{Encode(Short(label))}, until {Iso(to)}</text>");
        }

        svg.Append("</svg>");
        var legend = marks.Select(m => $"{m.Label}: {Iso(m.Date)}")
            .Concat(bands.Select(b => $"{b.Label}: from {Iso(b.From)} to {Iso(b.To)}")).ToList();
        return (svg.ToString(), legend);
    }

    private static string Label(TimelineEventKind kind) => kind switch
    {
        TimelineEventKind.Biometrics => "Biometrics",
        TimelineEventKind.Interview => "Interview",
        TimelineEventKind.AdministrativeProcessingRefusal => "221(g) refusal",
        _ => "Inquiry",
    };

    // A clock's name can be a sentence; the picture keeps its start and the legend under it says it whole.
    private static string Short(string label) => label.Length <= 70 ? label : string.Concat(label.AsSpan(0, 69), "…");

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
