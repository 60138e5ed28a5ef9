using System.IO.Compression;
using PetitionKit.Model;
using PetitionKit.Packets;
using PetitionKit.Templates;
using PetitionKit.Word;

namespace PetitionKit.IntakePage.Intake;

/// <summary>Drafts the complaint and the packet in memory with the built-in templates; nothing is written to disk.</summary>
public static class Drafts
{
    /// <summary>Drafts the complaint with the built-in template for the petition's case type.</summary>
    /// <param name="petition">A valid petition.</param>
    /// <param name="asOf">The date the draft speaks as of.</param>
    /// <param name="cancellationToken">Stops the draft.</param>
    /// <returns>The draft, or <see langword="null"/> when no built-in template drafts the case type.</returns>
    public static async Task<Draft?> ComplaintAsync(Petition petition, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(petition);
        if (BuiltInTemplates.ForCaseType(petition.CaseType) is not { } id)
        {
            return null;
        }

        using var docx = new MemoryStream();
        var report = await PetitionDrafter.DraftAsync(petition, BuiltInTemplates.Get(id), docx, new RenderOptions { AsOf = asOf }, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new Draft(docx.ToArray(), report, id);
    }

    /// <summary>Drafts the filing packet (complaint, cover sheet, summonses…) as one zip.</summary>
    /// <param name="petition">A valid petition.</param>
    /// <param name="asOf">The date the drafts speak as of.</param>
    /// <param name="cancellationToken">Stops the drafts.</param>
    /// <returns>The zip's bytes.</returns>
    public static async Task<byte[]> PacketAsync(Petition petition, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(petition);
        var files = new List<(string Name, MemoryStream Bytes)>();
        try
        {
            await PetitionDrafter.DraftPacketAsync(petition, new PacketOptions { Render = new RenderOptions { AsOf = asOf } }, document =>
            {
                var stream = new MemoryStream();
                files.Add((document.FileName, stream));
                return stream;
            }, cancellationToken).ConfigureAwait(false);

            using var zip = new MemoryStream();
            using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var (name, bytes) in files)
                {
                    // A fixed time keeps the zip the same bytes for the same petition.
                    var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                    entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
                    await using var to = await entry.OpenAsync(cancellationToken).ConfigureAwait(false);
                    await to.WriteAsync(bytes.ToArray(), cancellationToken).ConfigureAwait(false);
                }
            }

            return zip.ToArray();
        }
        finally
        {
            foreach (var (_, bytes) in files)
            {
                await bytes.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
