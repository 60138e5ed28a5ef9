using DocumentFormat.OpenXml.Wordprocessing;

namespace TemplateAuthoring;

/// <summary>The pleading's styles and numbering: Times New Roman 12 pt; body paragraphs double-spaced (many local rules
/// ask for it); caption, signature and tables single-spaced.</summary>
internal static class PleadingStyles
{
    public const int NumberedParagraphs = 1;
    public const int PrayerItems = 2;

    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" }, new Languages { Val = "en-US" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
        Style("Normal", "Normal", null, isDefault: true),
        Style("CourtName", "Court Name", new ParagraphProperties(new Justification { Val = JustificationValues.Center }), bold: true),
        Style("CaptionText", "Caption Text", new ParagraphProperties(new SpacingBetweenLines { After = "120" })),
        Style("CaptionRole", "Caption Role", new ParagraphProperties(new SpacingBetweenLines { After = "120" }, new Indentation { Left = "1440" })),
        Style("CaptionTitle", "Caption Title", new ParagraphProperties(new SpacingBetweenLines { Before = "240", After = "120" }), bold: true),
        Style("Title", "Title", new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "240" }, new Justification { Val = JustificationValues.Center }), bold: true),
        Heading("Heading1", "heading 1", 0, JustificationValues.Center),
        Heading("Heading2", "heading 2", 1, JustificationValues.Center),
        Style("BodyText", "Body Text", new ParagraphProperties(
            new SpacingBetweenLines { Line = "480", LineRule = LineSpacingRuleValues.Auto }, new Indentation { FirstLine = "720" })),
        Style("NumberedParagraph", "Numbered Paragraph", new ParagraphProperties(
            new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = NumberedParagraphs }),
            new SpacingBetweenLines { Line = "480", LineRule = LineSpacingRuleValues.Auto }, new Indentation { FirstLine = "720" })),
        Style("PrayerItem", "Prayer Item", new ParagraphProperties(
            new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = PrayerItems }),
            new SpacingBetweenLines { After = "240" }, new Indentation { Left = "1440", Hanging = "720" })),
        Style("SignatureDate", "Signature Date", new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "240" })),
        Style("SignatureOpening", "Signature Opening", new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { After = "480" }, new Indentation { Left = "4680" })),
        Style("ExhibitHeading", "Exhibit Heading", new ParagraphProperties(
            new KeepNext(), new PageBreakBefore(), new SpacingBetweenLines { After = "240" }, new Justification { Val = JustificationValues.Center }), bold: true),
        Style("SignatureBlock", "Signature Block", new ParagraphProperties(new KeepNext(), new KeepLines(), new Indentation { Left = "4680" })),
        Style("TableHeading", "Table Heading", new ParagraphProperties(new SpacingBetweenLines { Before = "60", After = "60" }), bold: true),
        Style("TableText", "Table Text", new ParagraphProperties(new SpacingBetweenLines { Before = "60", After = "60" })));

    public static Numbering Numbering() => new(
        Abstract(0, NumberFormatValues.Decimal, "%1.", new Indentation { FirstLine = "720" }, 1440),
        Abstract(1, NumberFormatValues.LowerLetter, "%1.", new Indentation { Left = "1440", Hanging = "720" }, 1440),
        new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = NumberedParagraphs },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = PrayerItems });

    private static AbstractNum Abstract(int id, NumberFormatValues format, string text, Indentation indentation, int tab) => new(
        new MultiLevelType { Val = MultiLevelValues.SingleLevel },
        new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = format },
            new LevelText { Val = text },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Number, Position = tab }), indentation)) { LevelIndex = 0 })
    { AbstractNumberId = id };

    private static Style Heading(string id, string name, int level, JustificationValues justification) =>
        Style(id, name, new ParagraphProperties(
            new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = "240", After = "240" },
            new Justification { Val = justification }, new OutlineLevel { Val = level }), bold: true);

    private static Style Style(string id, string name, ParagraphProperties? paragraph, bool isDefault = false, bool bold = false)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }
        else
        {
            style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = id is "Heading1" or "Heading2" or "Title" ? "NumberedParagraph" : id }, new PrimaryStyle());
        }

        if (paragraph is not null)
        {
            style.Append(new StyleParagraphProperties(paragraph.ChildElements.Select(c => c.CloneNode(true))));
        }

        if (bold)
        {
            style.Append(new StyleRunProperties(new Bold()));
        }

        return style;
    }
}
