using PetitionKit.Json;
using PetitionKit.Model;
using PetitionKit.Packets;
using PetitionKit.Tests.GoldenText;
using PetitionKit.Word;

namespace PetitionKit.Tests.Packets;

/// <summary>Drafts a petition's filing packet into memory: each document's bytes by file name, and the packet report.</summary>
public sealed record PacketRun(PacketReport Report, IReadOnlyDictionary<string, byte[]> Files)
{
    public static async Task<Petition> ReadAsync(string path)
    {
        await using var file = File.OpenRead(path);
        return PetitionJson.Read(file);
    }

    public static Task<Petition> SampleAsync(string sample) =>
        ReadAsync(Path.Combine(BuiltInTemplates.BuiltInTemplateRender.RepositoryRoot(), "samples", "petitions", sample + ".json"));

    public static Task<PacketRun> DraftAsync(Petition petition, DateOnly? asOf = null, bool verifications = true) =>
        DraftAsync(petition, new PacketOptions { Render = new RenderOptions { AsOf = asOf ?? GoldenCase.DefaultAsOf }, Verifications = verifications });

    public static async Task<PacketRun> DraftAsync(Petition petition, PacketOptions options)
    {
        var streams = new Dictionary<string, MemoryStream>(StringComparer.Ordinal);
        var report = await PetitionDrafter.DraftPacketAsync(petition, options, document =>
        {
            var stream = new MemoryStream();
            streams.Add(document.FileName, stream);
            return stream;
        }, TestContext.Current.CancellationToken);
        return new PacketRun(report, streams.ToDictionary(s => s.Key, s => s.Value.ToArray(), StringComparer.Ordinal));
    }

    public byte[] Only(PacketDocumentKind kind) => Files[Report.Documents.Single(d => d.Document.Kind == kind).Document.FileName];

    public IEnumerable<byte[]> All(PacketDocumentKind kind) =>
        Report.Documents.Where(d => d.Document.Kind == kind).Select(d => Files[d.Document.FileName]);
}
