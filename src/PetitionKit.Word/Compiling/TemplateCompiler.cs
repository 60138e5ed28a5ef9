using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Drafting;
using PetitionKit.Word.Lexing;
using PetitionKit.Word.Loading;
using PetitionKit.Word.Packaging;

namespace PetitionKit.Word.Compiling;

/// <summary>Compiles every tagged part of a marked template, collecting every problem before reporting any.</summary>
internal static class TemplateCompiler
{
    public static CompiledTemplate Compile(MarkedPackage package, TemplateIdentity identity, LoadBudget budget)
    {
        var types = ContentTypes.Read(package.Entries, identity.Name);
        var main = MainDocument.FindTyped(package.Entries, identity.Name, types);
        var diagnostics = new List<Diagnostic>();
        var parts = new List<CompiledPart>();
        var tags = new List<TagSite>();
        var tagged = package.Entries
            .Where(e => string.Equals(e.Name, main, StringComparison.Ordinal) || (types.TryGetValue(e.Name, out var type) && ContentTypes.TagOrder(type) > 0))
            .OrderBy(e => string.Equals(e.Name, main, StringComparison.Ordinal) ? 0 : ContentTypes.TagOrder(types[e.Name]))
            .ThenBy(e => e.Name, StringComparer.Ordinal);
        foreach (var entry in tagged)
        {
            budget.Check();
            var kind = types.TryGetValue(entry.Name, out var type) && ContentTypes.TagOrder(type) >= 10 ? PartKind.Properties : PartKind.Story;
            var context = new PartContext(identity.Name, "/" + entry.Name, []);
            var part = PartCompiler.Compile(entry, kind, string.Equals(entry.Name, main, StringComparison.Ordinal), context);
            tags.AddRange(context.Tags);
            diagnostics.AddRange(context.Diagnostics.OrderBy(d => d.Location?.Paragraph ?? 0).ThenBy(d => d.Location?.Column ?? 0));
            if (part is not null)
            {
                parts.Add(part);
            }
        }

        diagnostics.AddRange(MarkupStatementCheck.Check(parts));
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new TemplateException(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList())
            {
                Tags = TemplateTags.Describe(tags),
            };
        }

        var comments = package.Entries.FirstOrDefault(e => types.TryGetValue(e.Name, out var t) && string.Equals(t, PartTypes.CommentsContent, StringComparison.Ordinal));
        return new CompiledTemplate(identity, package, parts, diagnostics, comments?.Name, comments is null ? -1 : FirstFreeCommentId(comments, identity.Name));
    }

    private static int FirstFreeCommentId(PackageEntry comments, string templateName) =>
        GapComments.NextIdOf(PackageReader.ParseXml(comments.Content, templateName, "/" + comments.Name).Root!);
}
