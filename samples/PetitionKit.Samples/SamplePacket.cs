using System.Globalization;
using PetitionKit.Packets;
using PetitionKit.Samples.Petitions;
using PetitionKit.Word;
using Spectre.Console;

namespace PetitionKit.Samples;

/// <summary>The library call behind a filing packet: one sample petition's packet (complaint, JS 44 worksheet, a summons
/// per defendant, service plan, proposed order, verification, exhibit cover sheets, deadlines) in a folder of its own.</summary>
public static class SamplePacket
{
    /// <summary>The sample whose packet is drafted: a § 1447(b) petition against three officials.</summary>
    public const string SampleName = "nguyen-n400-1447b";

    /// <summary>The folder, inside the output folder, the packet is written to.</summary>
    public const string FolderName = "packet-" + SampleName;

    /// <summary>Drafts the packet into <c>output/packet-…/</c>, every document or none, and returns what was written.</summary>
    public static async Task<PacketReport> WriteAsync(string output, DateOnly asOf, CancellationToken cancellationToken)
    {
        var petition = SamplePetitions.All.Single(s => string.Equals(s.Name, SampleName, StringComparison.Ordinal)).Petition;
        var drafts = new Dictionary<string, MemoryStream>(StringComparer.Ordinal);
        var options = new PacketOptions { Render = new RenderOptions { AsOf = asOf }, Verifications = true };
        var report = await PetitionDrafter.DraftPacketAsync(petition, options, document =>
        {
            // In memory first: a packet that fails halfway leaves no document behind.
            var stream = new MemoryStream();
            drafts.Add(document.FileName, stream);
            return stream;
        }, cancellationToken).ConfigureAwait(false);

        var folder = Directory.CreateDirectory(Path.Combine(output, FolderName)).FullName;
        foreach (var (name, stream) in drafts)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, name), stream.ToArray(), cancellationToken).ConfigureAwait(false);
            await stream.DisposeAsync().ConfigureAwait(false);
        }

        return report;
    }

    /// <summary>Drafts the packet and reports it on the console.</summary>
    /// <returns>Whether the packet was written.</returns>
    public static async Task<bool> RunAsync(string output, DateOnly asOf, IAnsiConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            var report = await WriteAsync(output, asOf, cancellationToken).ConfigureAwait(false);
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {FolderName}/ ({report.Documents.Count} packet documents)"));
            return true;
        }
        catch (Exception ex) when (ex is PetitionKitException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            console.WriteLine($"FAILED {FolderName}/: {ex.Message}");
            return false;
        }
    }
}
