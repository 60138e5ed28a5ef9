namespace PetitionKit.Templates;

/// <summary>A built-in template's own files, to start an organization's template from: the Word file as it ships and
/// its outline (one line per paragraph, tags included), which shows what the Word file holds in plain text.</summary>
public static partial class BuiltInTemplates
{
    private const string OutlinePrefix = "PetitionKit.Templates.Outline.";

    /// <summary>Opens a built-in template's .docx file as it ships, for an organization to copy and edit in Word.</summary>
    /// <param name="id">A template id, such as <see cref="UscisDelay"/>.</param>
    /// <returns>A new read-only stream; the caller disposes it.</returns>
    /// <exception cref="ArgumentException">No built-in template has that id.</exception>
    public static Stream OpenTemplateFile(string id) =>
        typeof(BuiltInTemplates).Assembly.GetManifestResourceStream(ResourcesById(typeof(BuiltInTemplates).Assembly.GetManifestResourceNames())[Known(id)])!;

    /// <summary>Gets a built-in template's outline: one line per paragraph (<c>Style: text</c>, tags included) and per
    /// table cell, the text <c>templates/&lt;id&gt;/outline.txt</c> holds in the repository.</summary>
    /// <param name="id">A template id, such as <see cref="UscisDelay"/>.</param>
    /// <returns>The outline, lines ending in <c>\n</c>.</returns>
    /// <exception cref="ArgumentException">No built-in template has that id.</exception>
    public static string GetOutline(string id)
    {
        Known(id);

        // Named like the templates' resources: the prefix, the folder (with the build's separator), the file.
        var name = typeof(BuiltInTemplates).Assembly.GetManifestResourceNames()
            .SingleOrDefault(n => n.StartsWith(OutlinePrefix, StringComparison.Ordinal) && n.EndsWith("outline.txt", StringComparison.Ordinal)
                && string.Equals(n[OutlinePrefix.Length..^"outline.txt".Length].TrimEnd('/', '\\', '.'), id, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The outline of the built-in template '{id}' is missing from the assembly.");
        using var stream = typeof(BuiltInTemplates).Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string Known(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Compiled.ContainsKey(id)
            ? id
            : throw new ArgumentException($"There is no built-in template ‘{id}’; the built-in templates are {string.Join(", ", All)}.", nameof(id));
    }
}
