using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PetitionKit.Model;

namespace PetitionKit.IntakePage.Intake;

/// <summary>What a field is used for, read from the model's own documentation (the XML file built beside the library),
/// so the page and the library cannot say different things.</summary>
public static partial class FieldHelp
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Summaries = new(Load);

    /// <summary>Gets the plain-words summary of a model property, such as <c>Petitioner.Name</c>.</summary>
    /// <param name="type">The model type.</param>
    /// <param name="property">The property name.</param>
    /// <returns>The summary without the JSON note, or an empty string when the documentation is not there.</returns>
    public static string For(Type type, string property)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Summaries.Value.TryGetValue($"P:{type.FullName}.{property}", out var text) ? text : string.Empty;
    }

    /// <summary>Gets the plain-words summary of an enum member, such as <c>HarmKind.Travel</c>.</summary>
    /// <param name="value">The member.</param>
    /// <returns>The summary, or an empty string.</returns>
    public static string For(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Summaries.Value.TryGetValue($"F:{value.GetType().FullName}.{value}", out var text) ? text : string.Empty;
    }

    /// <summary>Gets whether the model declares the property <see langword="required"/>: the petition cannot be read
    /// without it.</summary>
    /// <param name="type">The model type.</param>
    /// <param name="property">The property name.</param>
    /// <returns><see langword="true"/> for a required member.</returns>
    public static bool IsRequired(Type type, string property)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.GetProperty(property, BindingFlags.Public | BindingFlags.Instance)?.GetCustomAttribute<RequiredMemberAttribute>() is not null;
    }

    private static Dictionary<string, string> Load()
    {
        var file = Path.ChangeExtension(typeof(Petition).Assembly.Location, ".xml");
        if (!File.Exists(file))
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        return XDocument.Load(file).Descendants("member")
            .Where(m => m.Attribute("name") is not null && m.Element("summary") is not null)
            .GroupBy(m => m.Attribute("name")!.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Plain(g.First().Element("summary")!), StringComparer.Ordinal);
    }

    // The summaries are written for programmers: "Gets the …", cross-references and the JSON note. A paralegal reads
    // the sentence without them.
    private static string Plain(XElement summary)
    {
        var text = string.Concat(summary.Nodes().Select(node => node switch
        {
            XText t => t.Value,
            XElement { Name.LocalName: "see" } see => see.Attribute("langword")?.Value
                ?? (see.Value is { Length: > 0 } v ? v : Last(see.Attribute("cref")?.Value)),
            XElement e => e.Value,
            _ => string.Empty,
        }));
        text = Spaces().Replace(text, " ").Trim();
        var json = text.IndexOf("JSON and templates:", StringComparison.Ordinal);
        if (json >= 0)
        {
            text = text[..json].Trim();
        }

        text = text.Replace("Gets a value indicating whether", "Whether", StringComparison.Ordinal);
        if (text.StartsWith("Gets ", StringComparison.Ordinal))
        {
            text = char.ToUpperInvariant(text[5]) + text[6..];
        }

        return text;
    }

    private static string Last(string? cref) => cref is null ? string.Empty : cref[(cref.LastIndexOf('.') + 1)..];

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Spaces();
}
