using TemplateAuthoring;

// Generates every built-in template from its outline in Content/<id>.txt (the outline language is in README.md).
// Usage: dotnet run --project tools/TemplateAuthoring [-- <repository root>]
var root = args.Length > 0 ? args[0] : FindRoot(AppContext.BaseDirectory);
var content = Path.Combine(root, "tools", "TemplateAuthoring", "Content");
// The filing packet's documents (cover sheet worksheet, summons, service plan, …) live one folder down, in
// Content/packet/ and templates/packet/, so they never appear among the complaint templates a user chooses from.
var outlines = Directory.GetFiles(content, "*.txt").Select(f => (File: f, Folder: Path.Combine(root, "templates")))
    .Concat(Directory.GetFiles(Path.Combine(content, "packet"), "*.txt").Select(f => (File: f, Folder: Path.Combine(root, "templates", "packet"))));
foreach (var (outline, folder) in outlines.OrderBy(o => o.File, StringComparer.Ordinal))
{
    var id = Path.GetFileNameWithoutExtension(outline);
    var target = Path.Combine(folder, id, "template.docx");
    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
    PleadingWriter.Write(OutlineReader.Read(Expand(File.ReadAllLines(outline), content)), target);
    StablePackage.Normalize(target);
    Console.WriteLine($"wrote {Path.GetRelativePath(root, target)}");
}

// "INCLUDE name" pastes Content/shared/name.part, so the caption, signature and exhibit index are written once.
static IEnumerable<string> Expand(IEnumerable<string> lines, string content) => lines.SelectMany(line =>
    line.StartsWith("INCLUDE ", StringComparison.Ordinal)
        ? Expand(File.ReadAllLines(Path.Combine(content, "shared", line["INCLUDE ".Length..].Trim() + ".part")), content)
        : [line]);

static string FindRoot(string start)
{
    for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "PetitionKit.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the repository or pass its root.");
}
