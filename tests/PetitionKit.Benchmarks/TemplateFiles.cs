namespace PetitionKit.Benchmarks;

/// <summary>Writes the benchmark templates in both syntaxes with their data, and PetitionKit's draft for comparison.</summary>
internal static class TemplateFiles
{
    public static async Task WriteAsync(string directory)
    {
        Directory.CreateDirectory(directory);
        await File.WriteAllBytesAsync(Path.Combine(directory, "complaint.petitionkit.docx"), ComplaintTemplate.Create(TagSyntax.Scriban));
        await File.WriteAllBytesAsync(Path.Combine(directory, "complaint.docxtemplater.docx"), ComplaintTemplate.Create(TagSyntax.Docxtemplater));
        var json = ComplaintData.Json();
        await File.WriteAllTextAsync(Path.Combine(directory, "complaint.json"), json);
        using var document = BenchmarkDocument.Create(ComplaintTemplate.Create(TagSyntax.Scriban), json);
        await File.WriteAllBytesAsync(Path.Combine(directory, "complaint.petitionkit.draft.docx"), document.Draft);

        await File.WriteAllBytesAsync(Path.Combine(directory, "rows.petitionkit.docx"), RowLoopTemplate.Create(TagSyntax.Scriban));
        await File.WriteAllBytesAsync(Path.Combine(directory, "rows.docxtemplater.docx"), RowLoopTemplate.Create(TagSyntax.Docxtemplater));
        await File.WriteAllTextAsync(Path.Combine(directory, "rows-1000.json"), ComplaintData.Json(1_000));
        await Console.Out.WriteLineAsync($"Templates, data and PetitionKit's draft written to {Path.GetFullPath(directory)}");
    }
}
