using System.Diagnostics;
using System.Globalization;

namespace PetitionKit.Tests.Drafting;

/// <summary>Reads a PDF page as gray pixels, to check marks that text extraction cannot see: LibreOffice draws
/// WordArt (the watermark) as outlines, not text.</summary>
public sealed class PdfPixels
{
    private readonly byte[] _pixels;

    private PdfPixels(int width, int height, byte[] pixels)
    {
        Width = width;
        Height = height;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Renders one page (1-based) in 8-bit gray.</summary>
    public static async Task<PdfPixels> RenderAsync(string pdf, int page, int dpi = 36)
    {
        var folder = Directory.CreateTempSubdirectory("pk-px-").FullName;
        var prefix = Path.Combine(folder, "p");
        var number = page.ToString(CultureInfo.InvariantCulture);
        var start = new ProcessStartInfo("pdftoppm", $"-gray -r {dpi} -f {number} -l {number} -singlefile {pdf} {prefix}")
        {
            UseShellExecute = false,
            RedirectStandardError = true,
        };
        using (var process = Process.Start(start)!)
        {
            await process.WaitForExitAsync();
            process.ExitCode.Should().Be(0, await process.StandardError.ReadToEndAsync());
        }

        return Parse(await File.ReadAllBytesAsync(prefix + ".pgm"));
    }

    /// <summary>The share of pixels in a box (fractions of the page) that are not white.</summary>
    public double InkShare(double left, double top, double right, double bottom)
    {
        int x0 = (int)(left * Width), x1 = (int)(right * Width), y0 = (int)(top * Height), y1 = (int)(bottom * Height);
        var inked = 0;
        for (var y = y0; y < y1; y++)
        {
            for (var x = x0; x < x1; x++)
            {
                if (_pixels[(y * Width) + x] < 245)
                {
                    inked++;
                }
            }
        }

        return inked / (double)((x1 - x0) * (y1 - y0));
    }

    // Binary PGM (P5): "P5", width, height, max value, one white-space byte, then one byte per pixel.
    private static PdfPixels Parse(byte[] pgm)
    {
        var position = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)pgm[position]))
            {
                position++;
            }

            var begin = position;
            while (!char.IsWhiteSpace((char)pgm[position]))
            {
                position++;
            }

            return System.Text.Encoding.ASCII.GetString(pgm, begin, position - begin);
        }

        Token().Should().Be("P5");
        var width = int.Parse(Token(), CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), CultureInfo.InvariantCulture);
        Token().Should().Be("255");
        position++;
        return new PdfPixels(width, height, pgm[position..(position + (width * height))]);
    }
}
