using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.Cli;

/// <summary><c>petitionkit packet --pdf</c>: a PDF preview beside each document when LibreOffice is installed (as on CI,
/// whose script installs it), a clear refusal with the .docx files still written when it is not.</summary>
public sealed class PacketPdfTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task Packet_Pdf_WritesAPreviewOfEachDocumentThatReadsAsTheDocument()
    {
        var petition = PetitionFiles.WriteValid(_cli);

        var result = await _cli.RunAsync("packet", "-p", petition, "-o", _cli.Path("p"), "--as-of", PetitionFiles.AsOf, "--filed-on", "2025-06-03", "--pdf");

        result.ExitCode.Should().Be(0, result.ToString());
        var documents = _cli.Files("p").Where(f => f.EndsWith(".docx", StringComparison.Ordinal)).ToList();
        _cli.Files("p").Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)).Should().Equal(documents.Select(d => Path.ChangeExtension(d, ".pdf")));
        result.OutputLines.Should().EndWith(documents.Select(d => $"Wrote {_cli.Path(Path.ChangeExtension(d, ".pdf"))}: a PDF preview of {Path.GetFileName(d)}."));
        var deadlines = await LibreOffice.PdfTextAsync(_cli.Path("p/08-deadlines.pdf"));
        deadlines.Should().Contain("ATTORNEY REVIEW DRAFT").And.Contain("DEADLINES AFTER FILING").And.Contain("Due: September 1, 2025");
    }

    [Fact]
    public async Task Packet_PdfWithoutLibreOffice_WritesTheDocumentsSaysSoAndExitsFour()
    {
        var petition = PetitionFiles.WriteValid(_cli);
        _cli.SearchPath = Directory.CreateDirectory(_cli.Path("empty-bin")).FullName;

        var result = await _cli.RunAsync("packet", "-p", petition, "-o", _cli.Path("p"), "--as-of", PetitionFiles.AsOf, "--pdf");

        result.ExitCode.Should().Be(4, result.ToString());
        result.ErrorLines.Should().Contain("petitionkit: error: --pdf needs LibreOffice, and no 'soffice' program is on the PATH. The .docx files are written; install LibreOffice (Writer) and run the command again for the PDF previews.");
        _cli.Files("p").Should().Contain("p/01-complaint.docx").And.Contain("p/packet.json").And.NotContain(f => f.EndsWith(".pdf", StringComparison.Ordinal));
    }

    public void Dispose() => _cli.Dispose();
}
