using System.Globalization;
using System.Text.Json;
using PetitionKit.Templates;

namespace PetitionKit.Samples;

/// <summary>Renders each sample template with each of its sample data files into one output folder.</summary>
internal static class SampleGenerator
{
    public static async Task<int> RunAsync(DirectoryInfo output, DateOnly? asOf, TextWriter log, CancellationToken cancellationToken)
    {
        var samples = SampleFolder.Locate();
        output.Create();
        var options = new RenderOptions { AsOf = asOf };
        var failures = 0;
        foreach (var templatePath in Directory.GetFiles(Path.Combine(samples, "templates"), "*.docx").Order(StringComparer.Ordinal))
        {
            var template = await PetitionTemplate.LoadFileAsync(templatePath, cancellationToken: cancellationToken).ConfigureAwait(false);
            var dataFolder = Path.Combine(samples, "data", Path.GetFileNameWithoutExtension(templatePath));
            foreach (var dataPath in Directory.GetFiles(dataFolder, "*.json").Order(StringComparer.Ordinal))
            {
                var target = Path.Combine(output.FullName, Path.GetFileNameWithoutExtension(dataPath) + ".docx");
                try
                {
                    using var data = JsonDocument.Parse(await File.ReadAllBytesAsync(dataPath, cancellationToken).ConfigureAwait(false));
                    await using var stream = File.Create(target);
                    var report = await PetitionDrafter.RenderAsync(template, data.RootElement, stream, options, cancellationToken).ConfigureAwait(false);
                    await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"wrote {target}: {report.MissingValues.Count} missing fact(s), {report.ReviewItems.Count} review item(s), as of {report.AsOf:yyyy-MM-dd}")).ConfigureAwait(false);
                }
                catch (TemplateException ex)
                {
                    failures++;
                    File.Delete(target);
                    await log.WriteLineAsync($"failed {dataPath}:{Environment.NewLine}{ex.Message}").ConfigureAwait(false);
                }
            }
        }

        return failures == 0 ? 0 : 1;
    }
}
