using System.Text.RegularExpressions;
using System.Xml.Linq;
using PetitionKit.Word.BlockScope;
using PetitionKit.Word.Compiling;
using PetitionKit.Word.Lexing;
using PetitionKit.Word.WordXml;

namespace PetitionKit.Tests.Stages;

/// <summary>Runs the compile stages on a small piece of body XML and prints what they leave, so a stage's test reads as
/// input and expected output: a tag's private-use marker prints as <c>⟦n⟧</c>, the namespace declaration is left out,
/// and an empty element closes as <c>&lt;x/&gt;</c>.</summary>
internal static partial class StageXml
{
    /// <summary>Lexes every paragraph of <paramref name="bodyXml"/> (children of <c>w:body</c>, <c>w</c> prefix
    /// undeclared), as the compiler does after accepting revisions.</summary>
    public static (XElement Body, PartContext Context) Lex(string bodyXml)
    {
        var body = XElement.Parse($"<w:body xmlns:w=\"{WordNamespaces.Main}\">{bodyXml}</w:body>");
        var context = new PartContext("stage.docx", "/word/document.xml", []);
        body.Descendants(W.ProofErr).Remove();
        foreach (var paragraph in body.Descendants(W.P).ToList())
        {
            ParagraphLexer.Lex(paragraph, context);
        }

        return (body, context);
    }

    /// <summary>Lexes, pairs the blocks and infers their scope.</summary>
    public static (XElement Body, PartContext Context) InferScope(string bodyXml)
    {
        var (body, context) = Lex(bodyXml);
        BlockScopeInference.Apply(BlockPairing.Pair(context.Tags, context), context);
        return (body, context);
    }

    /// <summary>The body's children as XML, markers made readable.</summary>
    public static string Print(XElement body)
    {
        var xml = string.Concat(body.Nodes().Select(n => n is XElement e ? e.ToString(SaveOptions.DisableFormatting) : n.ToString()));
        xml = xml.Replace($" xmlns:w=\"{WordNamespaces.Main}\"", string.Empty, StringComparison.Ordinal).Replace(" />", "/>", StringComparison.Ordinal);
        return Marker().Replace(xml, m => $"⟦{m.Groups["id"].Value}⟧");
    }

    [GeneratedRegex("\uE000(?<id>[0-9]+)\uE001", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Marker();
}
