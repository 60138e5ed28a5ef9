using System.Security.Cryptography;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Tests.Drafting;

public sealed class ProvenanceFooterScanTests
{
    [Fact]
    public async Task Render_TemplateWhoseHashStartsWithTwelveDigits_PrivacyScanIgnoresTheFooter()
    {
        // A template without a version shows the first 12 hex characters of its hash in the footer; find one where all
        // twelve are digits, which reads as an account number to the scan.
        var package = Enumerable.Range(0, 20_000)
            .Select(n => Docx.Package(Docx.Paragraph($"Case note {n}: {{{{ name }}}}")))
            .First(bytes => Convert.ToHexStringLower(SHA256.HashData(bytes))[..12].All(char.IsAsciiDigit));
        var template = await Render.LoadAsync(package);

        var (docx, report) = await Render.DocxAsync(template, "{\"name\": \"Ana\"}");

        var hash = Convert.ToHexStringLower(SHA256.HashData(package))[..12];
        DocxText.PartNames(docx).Where(n => n.Contains("footer", StringComparison.Ordinal)).SelectMany(n => DocxText.Paragraphs(docx, n))
            .Should().Contain(p => p.Contains($"({hash})", StringComparison.Ordinal));
        report.Checklist.Should().NotContain(i => i.Category == ChecklistCategory.Privacy);
    }

    [Fact]
    public async Task Render_AccountNumberInTheTemplatesOwnFooter_IsStillScanned()
    {
        var template = await Render.LoadAsync(Docx.Package(
            Docx.Paragraph("{{ name }}"), footerXml: Docx.Paragraph("Account 1234567890123")));

        var (_, report) = await Render.DocxAsync(template, "{\"name\": \"Ana\"}");

        report.Checklist.Should().ContainSingle(i => i.Category == ChecklistCategory.Privacy);
    }
}
