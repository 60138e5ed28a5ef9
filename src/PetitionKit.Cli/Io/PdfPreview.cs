using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace PetitionKit.Cli.Io;

/// <summary>Converts written .docx files to PDF previews with LibreOffice (<c>soffice</c>), for a reviewer who reads the
/// packet on a device without Word. Each run gets a fresh LibreOffice profile (two runs at once, or a profile left
/// locked by a crashed run, cannot interfere) and a time limit, after which LibreOffice and its children are killed.</summary>
internal static class PdfPreview
{
    public const string Program = "soffice";

    /// <summary>The LibreOffice program on the search path (the <c>PATH</c> variable's folders), or null when none is.</summary>
    public static string? Find(string searchPath) => searchPath
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(folder => Path.Combine(folder, Program))
        .FirstOrDefault(File.Exists);

    /// <summary>Converts each .docx and moves its PDF beside it (same name, .pdf). A document that gets no PDF loses any
    /// PDF an earlier run left beside it, so no preview is ever older than its document.</summary>
    /// <returns>The PDFs written, and an error line for each thing that went wrong.</returns>
    public static async Task<(IReadOnlyList<string> Written, IReadOnlyList<string> Errors)> ConvertAsync(string soffice, IReadOnlyList<string> documents, DateOnly asOf, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var work = Directory.CreateTempSubdirectory("petitionkit-pdf-");
        try
        {
            var converted = Path.Combine(work.FullName, "out");
            var failure = await RunAsync(soffice, StartInfo(soffice, Path.Combine(work.FullName, "profile"), converted, documents, asOf), timeout, cancellationToken).ConfigureAwait(false);
            var written = new List<string>();
            var errors = new List<string>();
            if (failure is not null)
            {
                errors.Add(failure);
            }

            foreach (var document in documents)
            {
                var pdf = Path.Combine(converted, Path.GetFileNameWithoutExtension(document) + ".pdf");
                var target = Path.ChangeExtension(document, ".pdf");
                if (failure is null && File.Exists(pdf))
                {
                    File.Move(pdf, target, overwrite: true);
                    written.Add(target);
                    continue;
                }

                File.Delete(target);
                if (failure is null)
                {
                    errors.Add(ErrorPrinter.FileError(document, "LibreOffice wrote no PDF for this document; open the .docx to review it."));
                }
            }

            return (written, errors);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static ProcessStartInfo StartInfo(string soffice, string profile, string outDir, IReadOnlyList<string> documents, DateOnly asOf)
    {
        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        // A profile of its own, named as a file: URL, so the user's LibreOffice (or another run) is never touched.
        start.ArgumentList.Add("-env:UserInstallation=" + new Uri(profile + "/").AbsoluteUri);
        foreach (var argument in (string[])["--headless", "--invisible", "--norestore", "--nolockcheck", "--convert-to", "pdf", "--outdir", outDir])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var document in documents)
        {
            start.ArgumentList.Add(Path.GetFullPath(document));
        }

        // Tools that honour it date their output from the draft's as-of day rather than the clock.
        start.Environment["SOURCE_DATE_EPOCH"] = new DateTimeOffset(asOf.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return start;
    }

    /// <returns>An error line, or null when LibreOffice finished and succeeded.</returns>
    private static async Task<string?> RunAsync(string soffice, ProcessStartInfo start, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception($"{soffice} did not start.");
        }
        catch (Win32Exception ex)
        {
            return ErrorPrinter.UsageError($"--pdf: LibreOffice ({soffice}) could not be started: {ex.Message}. The .docx files are written.");
        }

        using (process)
        {
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // LibreOffice starts helper processes of its own: end the whole tree, never leave one running.
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                return ErrorPrinter.UsageError(string.Create(CultureInfo.InvariantCulture,
                    $"--pdf: LibreOffice did not finish within {timeout.TotalSeconds:0} seconds and was stopped; no PDF was written. The .docx files are written."));
            }

            await Task.WhenAll(output, error).ConfigureAwait(false);
            var said = (await error.ConfigureAwait(false)).Trim();
            return process.ExitCode == 0
                ? null
                : ErrorPrinter.UsageError(string.Create(CultureInfo.InvariantCulture,
                    $"--pdf: LibreOffice exited with code {process.ExitCode}: {said}. The .docx files are written."));
        }
    }
}
