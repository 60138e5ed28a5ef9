using System.Globalization;

namespace PetitionKit.Tests.GoldenText;

/// <summary>One folder of <c>Golden/</c>: a petition (its own <c>petition.json</c>, or <c>sample.txt</c> naming a file
/// in <c>samples/petitions/</c>), an optional <c>template.txt</c> (a built-in template id; the case type's otherwise),
/// an optional <c>as-of.txt</c>, and the approved <c>expected.txt</c> or, when drafting refuses,
/// <c>expected.errors.txt</c>.</summary>
public sealed record GoldenCase(string Name, string Folder)
{
    /// <summary>The as-of date when a case names none: the samples' date.</summary>
    public static readonly DateOnly DefaultAsOf = new(2026, 6, 1);

    public static string Root => Path.Combine(BuiltInTemplates.BuiltInTemplateRender.RepositoryRoot(), "tests", "PetitionKit.Tests", "Golden");

    public static IEnumerable<GoldenCase> All() =>
        Directory.GetDirectories(Root).Order(StringComparer.Ordinal).Select(folder => new GoldenCase(Path.GetFileName(folder), folder));

    public static GoldenCase Named(string name) => new(name, Path.Combine(Root, name));

    public string PetitionPath
    {
        get
        {
            var sample = Path.Combine(Folder, "sample.txt");
            return File.Exists(sample)
                ? Path.Combine(BuiltInTemplates.BuiltInTemplateRender.RepositoryRoot(), "samples", "petitions", File.ReadAllText(sample).Trim())
                : Path.Combine(Folder, "petition.json");
        }
    }

    public string? TemplateId => ReadOptional("template.txt");

    public DateOnly AsOf => ReadOptional("as-of.txt") is { } text
        ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)
        : DefaultAsOf;

    public string ExpectedPath => Path.Combine(Folder, "expected.txt");

    public string ExpectedErrorsPath => Path.Combine(Folder, "expected.errors.txt");

    public override string ToString() => Name;

    private string? ReadOptional(string file)
    {
        var path = Path.Combine(Folder, file);
        return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
    }
}
