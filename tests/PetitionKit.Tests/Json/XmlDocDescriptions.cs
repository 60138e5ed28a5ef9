using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace PetitionKit.Tests.Json;

/// <summary>The description of a model property for the schema: the summary of its XML documentation (or of the
/// record parameter it comes from), in plain text, so the schema says what the API reference says.</summary>
internal static partial class XmlDocDescriptions
{
    private static readonly Lazy<Dictionary<string, XElement>> Members = new(() =>
        XDocument.Load(Path.Combine(AppContext.BaseDirectory, "PetitionKit.xml")).Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!, StringComparer.Ordinal));

    public static string? Describe(MemberInfo member)
    {
        var type = member.DeclaringType!.FullName!.Replace('+', '.');
        var summary = Members.Value.GetValueOrDefault($"P:{type}.{member.Name}")?.Element("summary")
            ?? Members.Value.GetValueOrDefault($"T:{type}")?.Elements("param").FirstOrDefault(p => string.Equals((string?)p.Attribute("name"), member.Name, StringComparison.Ordinal));
        return summary is null ? null : Plain(summary);
    }

    private static string Plain(XElement summary)
    {
        var text = string.Concat(summary.Nodes().Select(Text));
        text = Whitespace().Replace(text, " ").Trim();

        // The schema's property name is the JSON and template path, so the sentence repeating it goes.
        // A clause that went on after the path ("…: officials[i].role; the built-in templates…") starts a sentence.
        text = PathSentence().Replace(text, match => match.Groups["next"].Success ? " " + match.Groups["next"].Value.ToUpperInvariant() : string.Empty).Trim();
        text = Getter().Replace(text, string.Empty);
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static string Text(XNode node) => node switch
    {
        XText text => text.Value,
        XElement { Name.LocalName: "see" or "seealso" } see =>
            (string?)see.Attribute("langword") ?? ((string?)see.Attribute("cref"))?.Split('.', ':')[^1] ?? see.Value,
        XElement { Name.LocalName: "paramref" or "typeparamref" } reference => (string?)reference.Attribute("name") ?? string.Empty,
        XElement element => string.Concat(element.Nodes().Select(Text)),
        _ => string.Empty,
    };

    [GeneratedRegex(@"\s+", RegexOptions.None, 1000)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s*(JSON and templates|Templates): [a-z0-9_\[\]\.]*[a-z0-9_\]][.;]?( (?<next>[a-z]))?", RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex PathSentence();

    [GeneratedRegex(@"^(Gets or sets|Gets) (a value indicating )?", RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex Getter();
}
