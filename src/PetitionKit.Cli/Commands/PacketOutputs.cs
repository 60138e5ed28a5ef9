using PetitionKit.Cli.Io;
using PetitionKit.Packets;
using PetitionKit.Word;

namespace PetitionKit.Cli.Commands;

/// <summary>Writes a filing packet and its manifest through one <see cref="StagedOutputs"/>, so that every file appears
/// or none does, and turns every way drafting or a file can fail into error lines.</summary>
internal static class PacketOutputs
{
    public static async Task<Loaded<PacketReport>> WriteAsync(string folder, Model.Petition petition, PacketOptions options, CancellationToken cancellationToken)
    {
        try
        {
            var outputs = new StagedOutputs();
            await using (outputs.ConfigureAwait(false))
            {
                var report = await PetitionDrafter.DraftPacketAsync(petition, options, document => outputs.Open(Path.Combine(folder, document.FileName)), cancellationToken).ConfigureAwait(false);
                await outputs.WriteAsync(Path.Combine(folder, PacketCalendar.FileName), stream => PacketCalendar.WriteAsync(stream, petition, report, cancellationToken), cancellationToken).ConfigureAwait(false);
                await outputs.WriteAsync(Path.Combine(folder, PacketManifest.FileName), stream => PacketManifest.WriteAsync(stream, report, cancellationToken), cancellationToken).ConfigureAwait(false);
                await outputs.CommitAsync().ConfigureAwait(false);
                return Loaded<PacketReport>.Success(report);
            }
        }
        catch (PetitionValidationException ex)
        {
            return Loaded<PacketReport>.Failure(ex.Report.Issues.Select(issue => issue.ToString()));
        }
        catch (TemplateException ex)
        {
            return Loaded<PacketReport>.Failure(ErrorPrinter.Diagnostics(ex.Diagnostics));
        }
        catch (OutputFileException ex)
        {
            return Loaded<PacketReport>.Failure(ex.ErrorLine);
        }
    }
}
