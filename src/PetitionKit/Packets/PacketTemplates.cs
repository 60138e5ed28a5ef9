using PetitionKit.Templates;
using PetitionKit.Word.Templates;

namespace PetitionKit.Packets;

/// <summary>The packet's document templates, shipped inside the library from <c>templates/packet/&lt;id&gt;/</c>
/// (authored like the complaints, in tools/TemplateAuthoring, so a lawyer can edit them in Word). They are not among
/// <see cref="BuiltInTemplates"/>: none of them drafts a complaint.</summary>
internal static class PacketTemplates
{
    public const string CivilCoverSheet = "civil-cover-sheet";
    public const string Summons = "summons";
    public const string ServicePlan = "service-plan";
    public const string ProposedOrder = "proposed-order";
    public const string Verification = "verification";
    public const string ExhibitCoverSheets = "exhibit-cover-sheets";
    public const string Deadlines = "deadlines";

    private const string ResourcePrefix = "PetitionKit.Templates.Packet.";

    public static IReadOnlyList<string> All { get; } = [CivilCoverSheet, Summons, ServicePlan, ProposedOrder, Verification, ExhibitCoverSheets, Deadlines];

    private static readonly Dictionary<string, Lazy<PetitionTemplate>> Compiled = All.ToDictionary(
        id => id, id => new Lazy<PetitionTemplate>(() => Compile(id)), StringComparer.Ordinal);

    public static PetitionTemplate Get(string id) => Compiled[id].Value;

    private static PetitionTemplate Compile(string id)
    {
        // The build names each resource by its folder: "…Packet.summons/template.docx" ("\" when built on Windows).
        var assembly = typeof(PacketTemplates).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n =>
            string.Equals(n, ResourcePrefix + id + "/template.docx", StringComparison.Ordinal)
            || string.Equals(n, ResourcePrefix + id + "\\template.docx", StringComparison.Ordinal)) ?? ResourcePrefix + id;
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The packet template '{name}' is missing from the PetitionKit assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return PetitionTemplate.Load(buffer.ToArray(), id + ".docx", new TemplateLoadOptions { Version = typeof(PacketTemplates).Assembly.GetName().Version?.ToString(3) });
    }
}
