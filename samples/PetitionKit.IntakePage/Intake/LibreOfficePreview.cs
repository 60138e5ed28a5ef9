using System.Diagnostics;
using System.Globalization;

namespace PetitionKit.IntakePage.Intake;

/// <summary>Turns a draft into a PDF and its first page into a picture with LibreOffice and Poppler, when the machine has
/// them. The files live in a fresh temporary folder that is deleted before the answer is sent.</summary>
public static class LibreOfficePreview
{
    private static readonly SemaphoreSlim OneAtATime = new(1);

    /// <summary>Gets whether LibreOffice (<c>soffice</c>) is on the PATH.</summary>
    public static bool IsAvailable { get; } = OnPath("soffice");

    /// <summary>Gets whether pdftoppm is on the PATH, to draw the first page.</summary>
    public static bool CanDrawPages { get; } = OnPath("pdftoppm");

    /// <summary>Converts the draft to PDF.</summary>
    /// <param name="docx">The draft.</param>
    /// <param name="cancellationToken">Stops the conversion.</param>
    /// <returns>The PDF's bytes, or <see langword="null"/> when LibreOffice is absent or fails.</returns>
    public static Task<byte[]?> PdfAsync(byte[] docx, CancellationToken cancellationToken) =>
        InFolderAsync(docx, (folder, pdf) => Task.FromResult<byte[]?>(File.ReadAllBytes(pdf)), cancellationToken);

    /// <summary>Draws the draft's first page as a PNG.</summary>
    /// <param name="docx">The draft.</param>
    /// <param name="cancellationToken">Stops the conversion.</param>
    /// <returns>The PNG's bytes, or <see langword="null"/> when a tool is absent or fails.</returns>
    public static Task<byte[]?> FirstPageAsync(byte[] docx, CancellationToken cancellationToken) =>
        !CanDrawPages ? Task.FromResult<byte[]?>(null) : InFolderAsync(docx, async (folder, pdf) =>
        {
            var prefix = Path.Combine(folder, "page");
            return await RunAsync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, prefix], cancellationToken).ConfigureAwait(false)
                && File.Exists(prefix + ".png") ? await File.ReadAllBytesAsync(prefix + ".png", cancellationToken).ConfigureAwait(false) : null;
        }, cancellationToken);

    private static async Task<byte[]?> InFolderAsync(byte[] docx, Func<string, string, Task<byte[]?>> use, CancellationToken cancellationToken)
    {
        if (!IsAvailable)
        {
            return null;
        }

        var folder = Directory.CreateTempSubdirectory("petitionkit-intake-").FullName;
        await OneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var input = Path.Combine(folder, "draft.docx");
            await File.WriteAllBytesAsync(input, docx, cancellationToken).ConfigureAwait(false);
            var profile = new Uri(Path.Combine(folder, "profile")).AbsoluteUri;
            var converted = await RunAsync("soffice", [$"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder, input], cancellationToken).ConfigureAwait(false);
            var pdf = Path.Combine(folder, "draft.pdf");
            return converted && File.Exists(pdf) ? await use(folder, pdf).ConfigureAwait(false) : null;
        }
        finally
        {
            OneAtATime.Release();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<bool> RunAsync(string program, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start);
        if (process is null)
        {
            return false;
        }

        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return false;
        }

        await Task.WhenAll(output, error).ConfigureAwait(false);
        return process.ExitCode == 0;
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));

    /// <summary>Gets a data URI for a PNG, so the page needs no second request.</summary>
    /// <param name="png">The PNG's bytes.</param>
    /// <returns>The data URI.</returns>
    public static string DataUri(byte[] png) => string.Create(CultureInfo.InvariantCulture, $"data:image/png;base64,{Convert.ToBase64String(png)}");
}
