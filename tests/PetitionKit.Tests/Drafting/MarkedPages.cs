using System.Diagnostics;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Tests.Drafting;

/// <summary>Assertions on the pages of a converted draft.</summary>
public static class MarkedPages
{
    public const string AsOfText = "November 29, 2026";

    /// <summary>Every page carries the banner and the provenance line with its own page number out of the total.</summary>
    public static void ShouldAllBeMarked(IReadOnlyList<string> pages, string provenance = "Draft from template uscis-delay.docx (1.2)")
    {
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var number = i + 1;
            page.Should().Contain(DraftMarking.Default.BannerText, $"page {number} must carry the banner");
            page.Should().Contain($"{provenance} · as of {AsOfText} · Page {number} of {pages.Count}", $"page {number} must carry the provenance line");
            var banner = page.IndexOf(DraftMarking.Default.BannerText, StringComparison.Ordinal);
            var footer = page.IndexOf(provenance, StringComparison.Ordinal);
            banner.Should().BeLessThan(footer, $"page {number}: the banner heads the page and the provenance line ends it");
        }
    }

    /// <summary>Each page's text of an already converted PDF (pdftotext keeps the layout).</summary>
    public static async Task<IReadOnlyList<string>> TextsAsync(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext", $"-layout {pdf} -") { UseShellExecute = false, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output.Split('\f').Where(p => p.Trim().Length > 0).ToList();
    }

    /// <summary>The number of pictures on each page (1-based page numbers), read with pdfimages.</summary>
    public static async Task<IReadOnlyDictionary<int, int>> PicturesPerPageAsync(string pdf)
    {
        var start = new ProcessStartInfo("pdfimages", $"-list {pdf}") { UseShellExecute = false, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output.Split('\n')
            .Skip(2)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(cells => cells.Length > 2 && string.Equals(cells[2], "image", StringComparison.Ordinal))
            .GroupBy(cells => int.Parse(cells[0], System.Globalization.CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.Count());
    }
}
