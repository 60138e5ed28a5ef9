using System.Diagnostics;

namespace PetitionKit.Tests.TestSupport;

/// <summary>Converts documents with LibreOffice, each run with its own profile so parallel tests cannot collide.</summary>
public static class LibreOffice
{
    private static readonly SemaphoreSlim Gate = new(2);

    /// <summary>Converts a .docx to PDF and returns the PDF's path, in a fresh folder.</summary>
    public static async Task<string> ConvertToPdfAsync(byte[] docx, string name = "draft")
    {
        var folder = Directory.CreateTempSubdirectory("pk-lo-").FullName;
        var input = Path.Combine(folder, name + ".docx");
        await File.WriteAllBytesAsync(input, docx);
        var profile = Path.Combine(folder, "profile");
        await Gate.WaitAsync();
        try
        {
            await RunAsync("soffice", $"-env:UserInstallation=file://{profile} --headless --norestore --convert-to pdf --outdir {folder} {input}");
        }
        finally
        {
            Gate.Release();
        }

        var pdf = Path.Combine(folder, name + ".pdf");
        File.Exists(pdf).Should().BeTrue($"LibreOffice should have converted {name}.docx to PDF");
        return pdf;
    }

    /// <summary>Converts to PDF and returns each page's text (pdftotext keeps the layout).</summary>
    public static async Task<IReadOnlyList<string>> PageTextsAsync(byte[] docx, string name = "draft")
    {
        var pdf = await ConvertToPdfAsync(docx, name);
        var text = await RunAsync("pdftotext", $"-layout {pdf} -");
        return text.Split('\f').Where(p => p.Trim().Length > 0).ToList();
    }

    /// <summary>The text of a PDF, pages in order (pdftotext keeps the layout).</summary>
    public static Task<string> PdfTextAsync(string pdf) => RunAsync("pdftotext", $"-layout {pdf} -");

    /// <summary>Renders PDF pages to PNG images at a low resolution, for a person to look at.</summary>
    public static async Task<IReadOnlyList<string>> PageImagesAsync(string pdf, int dpi = 60)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(pdf)!, "page");
        await RunAsync("pdftoppm", $"-png -r {dpi} {pdf} {prefix}");
        return Directory.GetFiles(Path.GetDirectoryName(pdf)!, "page*.png").Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<string> RunAsync(string program, string arguments)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        process.ExitCode.Should().Be(0, $"{program} {arguments} failed: {await error}");
        return await output;
    }
}
