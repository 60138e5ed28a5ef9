using System.Globalization;
using System.Text;
using System.Xml.Linq;
using PetitionKit.Word.BlockScope;
using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Lexing;
using PetitionKit.Word.Loading;
using PetitionKit.Word.Packaging;
using PetitionKit.Word.WordXml;
using Scriban;

namespace PetitionKit.Word.Compiling;

/// <summary>Compiles one part: accepts revisions, lexes tags, infers block scope, checks syntax, then lowers the
/// part into a Scriban program whose literal text is the part's serialised XML.</summary>
internal static class PartCompiler
{
    /// <summary>The declaration every part this engine writes starts with, as Word writes it.</summary>
    public const string XmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";
    private const string ChecklistInstruction = "<?pk-checklist?>";

    /// <summary>Returns the compiled part, or null when the part has no tags (it is then copied as it is) or has errors.</summary>
    public static CompiledPart? Compile(PackageEntry entry, PartKind kind, bool isMainDocument, PartContext context)
    {
        var errorsBefore = context.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var document = PackageReader.ParseXml(entry.Content, context.TemplateName, "/" + entry.Name);
        var root = document.Root!;
        if (!Lex(root, kind, context))
        {
            return null;
        }

        var hasDrawings = kind == PartKind.Story && root.Descendants(W.DocPr).Any();
        if (context.Tags.Count == 0 && !isMainDocument && !hasDrawings)
        {
            return null;
        }

        var blocks = BlockPairing.Pair(context.Tags, context);
        BlockScopeInference.Apply(blocks, context);
        SyntaxCheck.CheckEachTag(context.Tags, context);
        if (context.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error) > errorsBefore)
        {
            return null;
        }

        PrepareFormatting(context.Tags);
        foreach (var drawing in root.Descendants(W.DocPr))
        {
            // Loops may copy a picture; each copy needs its own id (ECMA-376 Part 1 §20.4.2.5), given per render.
            drawing.SetAttributeValue(W.Id, TagMarkers.DrawingId.ToString());
        }

        var finalSection = isMainDocument ? AddChecklistSlot(root) : null;

        var xml = XmlDeclaration + root.ToString(SaveOptions.DisableFormatting);
        xml = xml.Replace(ChecklistInstruction, TagMarkers.ChecklistSlot.ToString(), StringComparison.Ordinal);
        var (source, offsets, ordered) = Lower(xml, context.Tags);
        var program = Template.Parse(source);
        var part = new CompiledPart(entry.Name, kind, program, offsets, ordered, finalSection, hasDrawings,
            context.Tags.Any(t => t.Scope != TagScope.Inline) && root.Descendants(W.Tbl).Any());
        if (program.HasErrors)
        {
            SyntaxCheck.ReportWholeProgram(program, part.TagAt, context);
            return null;
        }

        if (program.Page is not null)
        {
            KeywordPaths.Restore(program.Page);
            ProgramAnnotations.Apply(program.Page, part.TagAt, readText: kind == PartKind.Story);
        }

        return part;
    }

    private static bool Lex(XElement root, PartKind kind, PartContext context)
    {
        if (kind == PartKind.Properties)
        {
            PropertiesLexer.Lex(root, context);
            return true;
        }

        if (!TrackedChanges.Accept(root, context))
        {
            return false;
        }

        // Proofing marks carry no content and only split runs further (§17.13.8).
        root.Descendants(W.ProofErr).Remove();
        foreach (var paragraph in root.Descendants(W.P).ToList())
        {
            ParagraphLexer.Lex(paragraph, context);
        }

        return true;
    }

    private static void PrepareFormatting(IEnumerable<TagSite> tags)
    {
        // A template repeats a handful of run and paragraph formats across hundreds of tags: derive each once.
        var placeholders = new Dictionary<string, string>(StringComparer.Ordinal);
        var continuations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in tags.Where(t => t.Kind == TagKind.Value && t.IsWordText))
        {
            if (!placeholders.TryGetValue(tag.RunPropertiesXml, out var placeholder))
            {
                placeholder = RunFormatting.PlaceholderRunProperties(tag.RunPropertiesXml);
                placeholders[tag.RunPropertiesXml] = placeholder;
            }

            if (!continuations.TryGetValue(tag.ParagraphPropertiesXml, out var continuation))
            {
                continuation = RunFormatting.ContinuationParagraphProperties(tag.ParagraphPropertiesXml);
                continuations[tag.ParagraphPropertiesXml] = continuation;
            }

            tag.PlaceholderRunPropertiesXml = placeholder;
            tag.ContinuationParagraphPropertiesXml = continuation;
        }
    }

    /// <summary>Marks where the checklist goes, just before the body's last section properties, and returns those.</summary>
    private static string AddChecklistSlot(XElement root)
    {
        var body = root.Element(W.Body)!;
        var slot = new XProcessingInstruction("pk-checklist", string.Empty);
        var last = body.Elements().LastOrDefault();
        if (last?.Name == W.SectPr)
        {
            last.AddBeforeSelf(slot);
            return last.ToString(SaveOptions.DisableFormatting);
        }

        // The marking stage always leaves a final sectPr; an empty one is what Word would assume.
        body.Add(slot);
        return new XElement(W.SectPr).ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>Turns the marked XML into Scriban source: literal XML with every brace written as a character reference,
    /// so only our own tags are code, and each tag's offset recorded to map errors back.</summary>
    private static (string Source, int[] Offsets, TagSite[] Tags) Lower(string xml, List<TagSite> tags)
    {
        var source = new StringBuilder(xml.Length + (tags.Count * 8));
        var offsets = new List<int>(tags.Count);
        var ordered = new List<TagSite>(tags.Count);
        var last = 0;
        foreach (System.Text.RegularExpressions.Match match in TagMarkers.Any().Matches(xml))
        {
            AppendLiteral(source, xml, last, match.Index);
            var id = int.Parse(match.Groups["a"].Success ? match.Groups["a"].Value : match.Groups["b"].Value, CultureInfo.InvariantCulture);
            var tag = tags[id];
            offsets.Add(source.Length);
            ordered.Add(tag);
            source.Append("{{").Append(tag.Source).Append("}}");
            last = match.Index + match.Length;
        }

        AppendLiteral(source, xml, last, xml.Length);
        return (source.ToString(), [.. offsets], [.. ordered]);
    }

    private static void AppendLiteral(StringBuilder source, string xml, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var c = xml[i];
            if (c == '{')
            {
                source.Append("&#123;");
            }
            else
            {
                source.Append(c);
            }
        }
    }
}
