namespace PetitionKit.Benchmarks;

/// <summary>A short document whose body is one table with a row loop, for the loop-scaling series.</summary>
internal static class RowLoopTemplate
{
    public static byte[] Create(TagSyntax syntax)
    {
        var tags = 0;
        var body = WordXml.Paragraph("<w:pStyle w:val=\"Heading1\"/>", WordXml.Run("CASE HISTORY"))
            + ComplaintTemplate.Timeline(syntax, "timeline", ref tags)
            + WordXml.Paragraph(string.Empty, WordXml.Run(syntax.Value("petitioner.name")));
        return WordPackage.Create(body, footerXml: null);
    }
}
