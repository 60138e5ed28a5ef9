using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Word.Loading;

/// <summary>Reads a template file into memory, refusing it once it passes the package limit instead of holding all of
/// a file of any size first.</summary>
internal static class BoundedRead
{
    public static async Task<byte[]> ReadAsync(Stream input, string templateName, long maxBytes, CancellationToken cancellationToken)
    {
        if (input.CanSeek && input.Length - input.Position > maxBytes)
        {
            throw TooLarge(templateName, maxBytes);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge(templateName, maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static TemplateException TooLarge(string templateName, long maxBytes) =>
        TemplateLoadError.Create(templateName, DiagnosticCodes.PackageTooLarge,
            $"The template file is larger than {maxBytes / (1024 * 1024)} MiB, the limit. Compress or remove large pictures, or raise TemplateLoadLimits.MaxPackageBytes.");
}
