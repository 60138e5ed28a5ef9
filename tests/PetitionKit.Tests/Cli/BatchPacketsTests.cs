using PetitionKit.Tests.Model;

namespace PetitionKit.Tests.Cli;

/// <summary><c>petitionkit batch --packets</c>: a filing packet per petition file, a bad petition reported under its
/// name while the others are drafted.</summary>
public sealed class BatchPacketsTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task BatchPackets_FolderOfPetitions_WritesEachPacketAndReportsTheBadOne()
    {
        PetitionFiles.Write(_cli, "petitions/a-complete.json", SamplePetitions.Complete());
        PetitionFiles.Write(_cli, "petitions/b-naturalization.json", PetitionFiles.Naturalization());
        PetitionFiles.Write(_cli, "petitions/c-unsigned.json", SamplePetitions.Complete() with { Signer = null });

        var result = await _cli.RunAsync("batch", "--packets", "--data-dir", _cli.Path("petitions"), "--out-dir", _cli.Path("out"), "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(1, result.ToString());
        result.OutputLines.Should().Equal(
            $"Wrote {_cli.Path("out/a-complete")}: the filing packet of a-complete.json, with deadlines.ics and packet.json.",
            $"Wrote {_cli.Path("out/b-naturalization")}: the filing packet of b-naturalization.json, with deadlines.ics and packet.json.",
            $"Packets: 2 written, 1 failed, as of {PetitionFiles.AsOf}.");
        result.ErrorLines[0].Should().Be("c-unsigned.json:");
        result.ErrorLines.Should().Contain(l => l.StartsWith("signer: error PK1", StringComparison.Ordinal));
        foreach (var packet in new[] { "out/a-complete", "out/b-naturalization" })
        {
            _cli.Files(packet).Should().Contain($"{packet}/01-complaint.docx").And.Contain($"{packet}/04-service-plan.docx")
                .And.Contain($"{packet}/08-deadlines.docx").And.Contain($"{packet}/deadlines.ics").And.Contain($"{packet}/packet.json");
        }

        Directory.Exists(_cli.Path("out/c-unsigned")).Should().BeFalse("a refused petition leaves no packet");
    }

    [Fact]
    public async Task Batch_NeitherTemplateNorPackets_ExitsTwoSayingWhatItNeeds()
    {
        Directory.CreateDirectory(_cli.Path("petitions"));

        var result = await _cli.RunAsync("batch", "--data-dir", _cli.Path("petitions"), "--out-dir", _cli.Path("out"));

        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().Equal("petitionkit: error: batch needs --template, --petitions to draft each petition file, or --packets to draft a filing packet from each.");
    }

    public void Dispose() => _cli.Dispose();
}
