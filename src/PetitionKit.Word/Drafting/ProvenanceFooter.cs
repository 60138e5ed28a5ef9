using PetitionKit.Word.WordXml;

namespace PetitionKit.Word.Drafting;

/// <summary>Writes the paragraph put at the bottom of every footer: which template the draft came from, its date,
/// and the page number out of the page count.</summary>
/// <remarks>Spelt as the Open XML SDK's writer spelt it when the SDK placed it, so drafts are what they were.</remarks>
internal static class ProvenanceFooter
{
    /// <summary>The template expression the engine evaluates per render into the draft's date.</summary>
    public const string AsOfTag = "{{ draft.as_of_text }}";

    /// <summary>The footer paragraph, with its own <c>w</c> namespace declaration so it parses alone.</summary>
    /// <param name="identity">The template the draft came from.</param>
    /// <returns>A <c>w:p</c> element holding <see cref="AsOfTag"/> in a run of its own and PAGE and NUMPAGES fields.</returns>
    public static string ParagraphXml(TemplateIdentity identity)
    {
        var from = $"Draft from template {identity.Name} ({identity.ShortLabel}) · as of ";
        return $"<w:p {WordFragment.MainDeclaration} {DraftMarks.RevisionAttribute}>"
            + "<w:pPr><w:pBdr><w:top w:val=\"single\" w:color=\"808080\" w:sz=\"4\" w:space=\"1\" /></w:pBdr>"
            + "<w:spacing w:before=\"60\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\" />"
            + "<w:ind w:start=\"0\" w:end=\"0\" w:firstLine=\"0\" /><w:jc w:val=\"center\" />"
            + $"<w:rPr>{RunProperties}</w:rPr></w:pPr>"
            + Run(DraftMarks.Inert(from))
            // The tag sits alone in its run so that the engine's value takes this run's formatting.
            + Run(AsOfTag)
            + Run(" · Page ")
            + Field("PAGE")
            + Run(" of ")
            + Field("NUMPAGES")
            + "</w:p>";
    }

    private const string RunProperties =
        "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\" /><w:b w:val=\"0\" /><w:i w:val=\"0\" />"
        + "<w:vanish w:val=\"0\" /><w:color w:val=\"595959\" /><w:sz w:val=\"16\" /><w:szCs w:val=\"16\" />";

    private static string Run(string text) => WordFragment.FormattedRun(text, RunProperties);

    // A complex field (ECMA-376 Part 1, §17.16.18) as Word writes it; the cached result is only a placeholder,
    // since Word and LibreOffice lay out the pages and recompute PAGE and NUMPAGES themselves.
    private static string Field(string instruction) =>
        $"<w:r><w:rPr>{RunProperties}</w:rPr><w:fldChar w:fldCharType=\"begin\" /></w:r>"
        + $"<w:r><w:rPr>{RunProperties}</w:rPr><w:instrText xml:space=\"preserve\"> {instruction} </w:instrText></w:r>"
        + $"<w:r><w:rPr>{RunProperties}</w:rPr><w:fldChar w:fldCharType=\"separate\" /></w:r>"
        + $"<w:r><w:rPr>{RunProperties}</w:rPr><w:t>1</w:t></w:r>"
        + $"<w:r><w:rPr>{RunProperties}</w:rPr><w:fldChar w:fldCharType=\"end\" /></w:r>";
}
