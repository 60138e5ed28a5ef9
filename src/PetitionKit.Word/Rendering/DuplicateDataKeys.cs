using System.Text.Json;
using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Templates;

namespace PetitionKit.Word.Rendering;

/// <summary>Finds the keys render data names twice in one object. JSON parsers keep the last value, so the template sees
/// only that one: a plain-data render warns (PK3009) rather than fails, since the data is the caller's own format; a
/// petition file refuses them (PK1004).</summary>
internal static class DuplicateDataKeys
{
    // A file with hundreds of duplicates has a systematic problem; listing them all would bury the render's report.
    private const int MaxWarnings = 20;

    public static IReadOnlyList<Diagnostic> Warnings(JsonElement data, string templateName)
    {
        var paths = new List<(string Path, string Key)>();
        Find(data, "$", paths);
        return [.. paths.Take(MaxWarnings).Select(found => new Diagnostic(
            DiagnosticCodes.DuplicateDataKey,
            DiagnosticSeverity.Warning,
            new TemplateLocation(templateName, string.Empty, 0, 0),
            $"The data at {found.Path} names the key '{found.Key}' more than once; the template sees only the last value. Keep one.",
            string.Empty,
            string.Empty))];
    }

    private static void Find(JsonElement element, string path, List<(string Path, string Key)> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                var reported = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    var at = path + JsonPathSegment.Property(property.Name);
                    if (!seen.Add(property.Name) && reported.Add(property.Name))
                    {
                        found.Add((at, property.Name));
                    }

                    Find(property.Value, at, found);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Find(item, path + JsonPathSegment.Index(index), found);
                    index++;
                }

                break;
            default:
                break;
        }
    }
}
