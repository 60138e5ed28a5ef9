using System.Text.Json;
using PetitionKit.Json;
using PetitionKit.Model;
using PetitionKit.Samples.Petitions;
using PetitionKit.Templates;
using PetitionKit.Word;

namespace PetitionKit.Samples;

/// <summary>Lists the drafts to write: each sample template with its data files, and each sample petition from JSON and
/// from C#.</summary>
public static class SampleJobs
{
    /// <summary>The suffix of a draft made from a C# petition; the same name without it is the JSON twin's draft.</summary>
    public const string CSharpSuffix = ".from-csharp.docx";

    /// <summary>Lists every job for the samples folder, drafting as of <paramref name="asOf"/>.</summary>
    public static IReadOnlyList<DraftJob> All(string samplesFolder, DateOnly asOf)
    {
        var options = new RenderOptions { AsOf = asOf };
        return [.. TemplateSamples(samplesFolder, options), .. JsonPetitions(samplesFolder, options), .. CSharpPetitions(options)];
    }

    private static IEnumerable<DraftJob> TemplateSamples(string samplesFolder, RenderOptions options)
    {
        foreach (var templatePath in Directory.GetFiles(Path.Combine(samplesFolder, "templates"), "*.docx").Order(StringComparer.Ordinal))
        {
            var dataFolder = Path.Combine(samplesFolder, "data", Path.GetFileNameWithoutExtension(templatePath));
            foreach (var dataPath in Directory.GetFiles(dataFolder, "*.json").Order(StringComparer.Ordinal))
            {
                yield return new DraftJob(Path.GetFileNameWithoutExtension(dataPath) + ".docx", Path.GetFileName(templatePath), "JSON data", async (stream, cancellationToken) =>
                {
                    var template = await PetitionTemplate.LoadFileAsync(templatePath, cancellationToken: cancellationToken).ConfigureAwait(false);
                    using var data = JsonDocument.Parse(await File.ReadAllBytesAsync(dataPath, cancellationToken).ConfigureAwait(false));
                    return await PetitionDrafter.RenderAsync(template, data.RootElement, stream, options, cancellationToken).ConfigureAwait(false);
                });
            }
        }
    }

    private static IEnumerable<DraftJob> JsonPetitions(string samplesFolder, RenderOptions options)
    {
        foreach (var path in Directory.GetFiles(Path.Combine(samplesFolder, "petitions"), "*.json").Order(StringComparer.Ordinal))
        {
            yield return new DraftJob(Path.GetFileNameWithoutExtension(path) + ".docx", TemplateIdFor(path), "JSON", async (stream, cancellationToken) =>
            {
                Petition petition;
                await using (var file = File.OpenRead(path))
                {
                    petition = PetitionJson.Read(file);
                }

                return await DraftAsync(petition, stream, options, cancellationToken).ConfigureAwait(false);
            });
        }
    }

    private static IEnumerable<DraftJob> CSharpPetitions(RenderOptions options) =>
        SamplePetitions.All.Select(sample => new DraftJob(
            sample.Name + CSharpSuffix,
            BuiltInTemplates.ForCaseType(sample.Petition.CaseType) ?? "(none)",
            "C#",
            (stream, cancellationToken) => DraftAsync(sample.Petition, stream, options, cancellationToken)));

    /// <summary>Drafts a petition with the built-in template for its case type.</summary>
    public static Task<RenderReport> DraftAsync(Petition petition, Stream destination, RenderOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(petition);
        var id = BuiltInTemplates.ForCaseType(petition.CaseType)
            ?? throw new InvalidOperationException($"No built-in template drafts the case type {petition.CaseType}.");
        return PetitionDrafter.DraftAsync(petition, BuiltInTemplates.Get(id), destination, options, cancellationToken: cancellationToken);
    }

    // The summary names the template before the file is read; an unreadable file shows its failure instead.
    private static string TemplateIdFor(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            return BuiltInTemplates.ForCaseType(PetitionJson.Read(file).CaseType) ?? "(none)";
        }
        catch (PetitionKitException)
        {
            return "?";
        }
    }
}
