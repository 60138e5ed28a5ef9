using System.Text;

namespace PetitionKit.Benchmarks;

/// <summary>A complaint-sized template: caption table, 60 numbered allegations with about five tags each (every second
/// tag split over runs), a paragraph loop, a condition, a 20-row table-row loop and a footer with tags.</summary>
/// <remarks>The text states facts from the data only; it cites no authority.</remarks>
internal static class ComplaintTemplate
{
    public const int AllegationCount = 60;

    private static readonly string[] Headings = ["INTRODUCTION", "PARTIES", "JURISDICTION AND VENUE", "FACTS", "CLAIM FOR RELIEF"];

    private static readonly string[] Allegations =
    [
        "Petitioner [petitioner.name] is a national of [petitioner.country] who resides in [petitioner.city], [petitioner.state], within the [court.district].",
        "On [matter.filed_on], Petitioner filed Form [matter.form], [matter.form_title], with [agency.name] ([agency.short]), which issued receipt number [matter.receipt_number].",
        "As of the date of this petition, the application has been pending for [matter.days_pending] days at the [matter.service_center], without a decision on Form [matter.form] or any request from [agency.short].",
        "Respondent [director.name] is the [director.title] and is sued in an official capacity as the official charged with adjudicating Form [matter.form] filed by [petitioner.name].",
        "Respondent [secretary.name] is the [secretary.title] and is sued in an official capacity; [agency.short] acts under that office and holds receipt [matter.receipt_number].",
        "Petitioner attended a biometrics appointment on [matter.biometrics_on] at the [matter.asc_office] and has answered every request [agency.short] made about receipt [matter.receipt_number].",
        "Petitioner's counsel, [counsel.name] of [counsel.firm], wrote to [agency.short] about receipt [matter.receipt_number] and has had no substantive answer in [matter.days_pending] days.",
        "The delay has kept [petitioner.name] from [harm.summary] and has caused [harm.detail], harm that grows each day Form [matter.form] stays pending at the [matter.service_center].",
        "Petitioner resides in [petitioner.city], [petitioner.state], inside the [court.district], and this action concerning receipt [matter.receipt_number] involves no real property.",
        "Petitioner asks that the Court order [agency.short] to decide Form [matter.form] (receipt [matter.receipt_number]) within [relief.days] days of its order, or on a schedule the Court finds just.",
        "Nothing shows that [agency.short] placed the application of [petitioner.name] on hold, or that the [matter.service_center] asked for more evidence after [matter.filed_on].",
        "The processing time [agency.short] publishes for Form [matter.form] at the [matter.service_center] is [matter.published_time]; this application has been pending [matter.days_pending] days.",
    ];

    /// <summary>Builds the template in the given syntax as .docx bytes.</summary>
    public static byte[] Create(TagSyntax syntax)
    {
        var body = new StringBuilder();
        var tags = 0;
        string Root(string path) => syntax.Value(path);
        string Line(string sentence) => WordXml.Sentence(sentence, Root, ref tags);

        body.Append(WordXml.Paragraph("<w:pStyle w:val=\"Heading1\"/>", Line("[court.name]")));
        body.Append(WordXml.Paragraph("<w:pStyle w:val=\"Heading1\"/>", Line("[court.district]")));
        body.Append(Caption(Line));

        for (var i = 0; i < AllegationCount; i++)
        {
            if (i % 12 == 0)
            {
                body.Append(WordXml.Paragraph("<w:pStyle w:val=\"Heading1\"/>", WordXml.Run(Headings[i / 12])));
            }

            body.Append(WordXml.Paragraph(WordXml.Numbered, Line(Allegations[i % Allegations.Length])));
            if (i == 40)
            {
                body.Append(Inquiries(syntax, ref tags));
                body.Append(Expedite(syntax, Line));
            }
        }

        body.Append(WordXml.Paragraph("<w:pStyle w:val=\"Heading1\"/>", WordXml.Run("CASE HISTORY")));
        body.Append(Timeline(syntax, "timeline", ref tags));
        body.Append(Signature(Line));
        var footer = WordXml.Paragraph("<w:jc w:val=\"center\"/>", Line("[petitioner.name] v. [director.name], Case No. [matter.number] (draft for attorney review)"));
        return WordPackage.Create(body.ToString(), footer);
    }

    /// <summary>A table whose one templated row repeats per item: the loop opens in the first cell, closes in the last.</summary>
    public static string Timeline(TagSyntax syntax, string collection, ref int tags)
    {
        var widths = new[] { 2200, 4960, 2200 };
        var header = WordXml.Cell(widths[0], WordXml.Paragraph(string.Empty, WordXml.Run("<w:b/>", "Date")))
            + WordXml.Cell(widths[1], WordXml.Paragraph(string.Empty, WordXml.Run("<w:b/>", "Event")))
            + WordXml.Cell(widths[2], WordXml.Paragraph(string.Empty, WordXml.Run("<w:b/>", "Reference")));
        var date = syntax.LoopOpen("e", collection) + syntax.ItemValue("e", "date");
        var reference = syntax.ItemValue("e", "reference") + syntax.LoopClose(collection);
        tags += 5;
        var row = WordXml.Cell(widths[0], WordXml.Paragraph(string.Empty, WordXml.SplitTag(date)))
            + WordXml.Cell(widths[1], WordXml.Paragraph(string.Empty, WordXml.Run(syntax.ItemValue("e", "event"))))
            + WordXml.Cell(widths[2], WordXml.Paragraph(string.Empty, WordXml.SplitTag(reference)));
        return WordXml.Table(widths, borders: true, [header, row]);
    }

    private static string Caption(Func<string, string> line)
    {
        var left = WordXml.Paragraph(string.Empty, line("[petitioner.name],"))
            + WordXml.Paragraph("<w:ind w:left=\"720\"/>", WordXml.Run("Petitioner,"))
            + WordXml.Paragraph(string.Empty, WordXml.Run("v."))
            + WordXml.Paragraph(string.Empty, line("[director.name], [director.title];"))
            + WordXml.Paragraph(string.Empty, line("[secretary.name], [secretary.title],"))
            + WordXml.Paragraph("<w:ind w:left=\"720\"/>", WordXml.Run("Respondents."));
        var right = WordXml.Paragraph(string.Empty, line("Case No. [matter.number]"))
            + WordXml.Paragraph(string.Empty, WordXml.Run("<w:b/>", "PETITION FOR WRIT OF MANDAMUS"))
            + WordXml.Paragraph(string.Empty, line("[court.division] Division"));
        return WordXml.Table([4680, 4680], borders: false, [WordXml.Cell(4680, left) + WordXml.Cell(4680, right)]);
    }

    private static string Inquiries(TagSyntax syntax, ref int tags)
    {
        string Item(string path) => syntax.ItemValue("q", path["q.".Length..]);
        var inquiry = "On [q.date], [q.by] made an inquiry by [q.channel] (reference [q.reference]); the response was: [q.response].";
        return WordXml.TagParagraph(syntax.LoopOpen("q", "inquiries"))
            + WordXml.Paragraph(WordXml.Numbered, WordXml.Sentence(inquiry, Item, ref tags))
            + WordXml.TagParagraph(syntax.LoopClose("inquiries"));
    }

    private static string Expedite(TagSyntax syntax, Func<string, string> line) =>
        WordXml.TagParagraph(syntax.IfOpen("matter.expedite_requested"))
        + WordXml.Paragraph(WordXml.Numbered, line("Petitioner asked [agency.short] to expedite on [matter.expedite_on] because [matter.expedite_reason]; the request was denied on [matter.expedite_denied_on]."))
        + WordXml.TagParagraph(syntax.IfClose("matter.expedite_requested"));

    private static string Signature(Func<string, string> line) =>
        WordXml.Paragraph(string.Empty, line("Dated: [signature.date]"))
        + WordXml.Paragraph(string.Empty, line("Respectfully submitted, [counsel.name]"))
        + WordXml.Paragraph(string.Empty, line("[counsel.firm], [counsel.address]"))
        + WordXml.Paragraph(string.Empty, line("Bar No. [counsel.bar_number]; [counsel.phone]; [counsel.email]"))
        + WordXml.Paragraph(string.Empty, line("Counsel for Petitioner [petitioner.name]"));
}
