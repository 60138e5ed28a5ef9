using PetitionKit.Packets;
using PetitionKit.Tests.GoldenText;
using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.Packets;

/// <summary>Drafts the filing packet of each golden case that has a <c>packet/</c> folder and compares every document
/// after the complaint (whose own golden text is <c>expected.txt</c>) with the approved
/// <c>packet/&lt;file name&gt;.txt</c>, so a lawyer reviews each summons, order and plan line by line.</summary>
public sealed class PacketGoldenTests
{
    public static TheoryData<string> Cases() =>
        [.. GoldenCase.All().Where(c => Directory.Exists(Path.Combine(c.Folder, "packet"))).Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task DraftPacket_GoldenPetition_EachDocumentMatchesTheApprovedText(string name)
    {
        var golden = GoldenCase.Named(name);
        var run = await PacketRun.DraftAsync(await PacketRun.ReadAsync(golden.PetitionPath), golden.AsOf);
        var folder = Path.Combine(golden.Folder, "packet");

        var approved = run.Report.Documents.Where(d => d.Document.Kind != PacketDocumentKind.Complaint)
            .Select(d => Path.GetFileNameWithoutExtension(d.Document.FileName) + ".txt").ToList();
        foreach (var document in run.Report.Documents.Where(d => d.Document.Kind != PacketDocumentKind.Complaint))
        {
            var docx = run.Files[document.Document.FileName];
            OpenXmlValidation.Errors(docx).Should().BeEmpty(document.Document.FileName);
            Golden.Verify(DraftTranscript.Of(docx), Path.Combine(folder, Path.GetFileNameWithoutExtension(document.Document.FileName) + ".txt"));
        }

        // A document the packet no longer writes must not keep an approved text that no test reads.
        Directory.GetFiles(folder, "*.txt").Select(Path.GetFileName).Should().BeEquivalentTo(approved, name);
    }
}
