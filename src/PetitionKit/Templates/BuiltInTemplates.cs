using PetitionKit.Model;
using PetitionKit.Word.Templates;

namespace PetitionKit.Templates;

/// <summary>The templates shipped inside the library, by id (the folder names under <c>templates/</c>).</summary>
/// <remarks>Each is compiled on first use and then shared: a <see cref="PetitionTemplate"/> is immutable and thread-safe.</remarks>
public static partial class BuiltInTemplates
{
    /// <summary>The complaint for USCIS delay: APA and mandamus counts, for every USCIS case type in the catalog.</summary>
    public const string UscisDelay = "uscis-delay";

    /// <summary>The petition for a hearing on a naturalization application under 8 U.S.C. § 1447(b).</summary>
    public const string Naturalization1447b = "naturalization-1447b";

    /// <summary>The complaint for an immigrant visa held in administrative processing (INA § 221(g)) and the K-1 stage.</summary>
    public const string ConsularDelay = "consular-delay";

    /// <summary>The FOIA complaint: FOIA's own cause of action, no mandamus count.</summary>
    public const string Foia = "foia";

    private static readonly Dictionary<string, Lazy<PetitionTemplate>> Compiled = Ids().ToDictionary(
        id => id, id => new Lazy<PetitionTemplate>(() => Compile(id)), StringComparer.Ordinal);

    /// <summary>Gets the ids of every built-in template, in order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Ids()];

    /// <summary>Gets a built-in template by id, compiled once and shared.</summary>
    /// <param name="id">A template id, such as <see cref="UscisDelay"/>.</param>
    /// <returns>The compiled template.</returns>
    /// <exception cref="ArgumentException">No built-in template has that id.</exception>
    public static PetitionTemplate Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Compiled.TryGetValue(id, out var template)
            ? template.Value
            : throw new ArgumentException($"There is no built-in template ‘{id}’; the built-in templates are {string.Join(", ", All)}.", nameof(id));
    }

    /// <summary>Gets the id of the built-in template that drafts a case type, or null when none should (a civil-rights
    /// complaint about racial profiling or 287(g) enforcement, for which mandamus does not fit).</summary>
    /// <param name="caseType">The case type.</param>
    /// <returns>The template id, or null.</returns>
    public static string? ForCaseType(CaseType caseType) => caseType switch
    {
        CaseType.N400PostInterview1447b => Naturalization1447b,
        CaseType.Ds260AdministrativeProcessing => ConsularDelay,
        CaseType.FoiaRecords => Foia,
        CaseType.CivilRightsComplaint => null,
        _ => UscisDelay,
    };

    /// <summary>The id of a built-in template compiled here, or null for any other template (a custom one, or a built-in's
    /// file loaded from disk, which is treated as custom).</summary>
    internal static string? IdOf(PetitionTemplate template) =>
        Compiled.FirstOrDefault(pair => pair.Value.IsValueCreated && ReferenceEquals(pair.Value.Value, template)).Key;

    private static IEnumerable<string> Ids() => ResourcesById(typeof(BuiltInTemplates).Assembly.GetManifestResourceNames()).Keys.Order(StringComparer.Ordinal);

    private const string ResourcePrefix = "PetitionKit.Templates.BuiltIn.";
    private const string ResourceSuffix = "template.docx";

    /// <summary>Maps each template id to its resource name, read from the whole name (prefix, id, one separator,
    /// suffix), so an id that begins another (<c>foia</c>, <c>foia-appeal</c>) finds its own template only.</summary>
    internal static Dictionary<string, string> ResourcesById(IEnumerable<string> resourceNames) =>
        resourceNames
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(ResourceSuffix, StringComparison.Ordinal)
                && n.Length > ResourcePrefix.Length + ResourceSuffix.Length)
            .ToDictionary(n => n[ResourcePrefix.Length..^ResourceSuffix.Length].TrimEnd('/', '\\', '.'), n => n, StringComparer.Ordinal);

    private static PetitionTemplate Compile(string id)
    {
        var name = ResourcesById(typeof(BuiltInTemplates).Assembly.GetManifestResourceNames())[id];
        using var stream = typeof(BuiltInTemplates).Assembly.GetManifestResourceStream(name)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return PetitionTemplate.Load(buffer.ToArray(), id + ".docx", new TemplateLoadOptions { Version = typeof(BuiltInTemplates).Assembly.GetName().Version?.ToString(3) });
    }
}
