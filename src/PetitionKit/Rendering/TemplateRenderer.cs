using System.Text;
using PetitionKit.Drafting;
using PetitionKit.Packaging;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PetitionKit.Rendering;

/// <summary>Runs a compiled template's programs over a data view and writes the draft through the one writer.</summary>
internal static class TemplateRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task<RenderReport> RenderAsync(
        CompiledTemplate template, ScriptObject data, RenderOptions options, RenderTarget target, Stream destination, CancellationToken cancellationToken)
    {
        var asOf = options.ResolveAsOf();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Limits.Timeout);
        var session = new RenderSession(options, asOf, timeout.Token) { NextCommentId = template.FirstCommentId };
        var rendered = RenderParts(template, data, session, cancellationToken);
        if (session.Fatal is not null)
        {
            session.Errors.Add(session.Fatal);
        }

        if (session.Errors.Count > 0)
        {
            throw new TemplateException(session.Errors);
        }

        var scanned = target.TextScan is null ? [] : rendered.SelectMany(r => RenderedText.Scan(r.Part, r.Xml, target.TextScan)).ToList();
        var checklist = ChecklistItems.Gather(session, target, scanned);
        var replacements = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (part, xml) in rendered)
        {
            var finished = part.HasChecklistSlot
                ? xml.Replace(TagMarkers.ChecklistSlot.ToString(), SlotXml(target.Slot, checklist, part.FinalSectionPropertiesXml!), StringComparison.Ordinal)
                : xml;
            replacements[part.EntryName] = Utf8.GetBytes(finished);
        }

        if (template.CommentsEntryName is not null && session.GapComments.Count > 0)
        {
            var comments = template.Package.Entries.First(e => string.Equals(e.Name, template.CommentsEntryName, StringComparison.Ordinal));
            var xml = PartCompiler.XmlDeclaration + GapComments.CommentsPartXml(session.GapComments, Utf8.GetString(comments.Content));
            replacements[comments.Name] = Utf8.GetBytes(xml);
        }

        await DraftPackageWriter.WriteAsync(template.Package, replacements, destination, cancellationToken).ConfigureAwait(false);
        return new RenderReport(template.Identity.Name, template.Identity.ContentHash, asOf)
        {
            MissingValues = session.Missing,
            Alterations = session.Alterations,
            ReviewItems = session.ReviewItems,
            Checklist = checklist,
            Warnings = [.. template.Warnings, .. session.Warnings],
        };
    }

    private static string SlotXml(ChecklistSlot slot, List<ChecklistItem> checklist, string finalSectionPropertiesXml) => slot switch
    {
        ChecklistSlot.Appendix => ChecklistSection.ToBodyXml(checklist, finalSectionPropertiesXml),
        ChecklistSlot.ItemsOnly => ChecklistSection.ItemsXml(checklist),
        _ => ChecklistSection.SeparateNoteXml(checklist.Count),
    };

    private static List<(CompiledPart Part, string Xml)> RenderParts(CompiledTemplate template, ScriptObject data, RenderSession session, CancellationToken cancellationToken)
    {
        var context = new RenderContext(session);
        context.PushGlobal(data);
        context.PushGlobal(DraftGlobals.Create(template.Identity, session));
        var rendered = new List<(CompiledPart, string)>(template.Parts.Count);
        foreach (var part in template.Parts)
        {
            context.PushGlobal(new ScriptObject(StringComparer.Ordinal));
            try
            {
                var xml = context.Render(part);
                xml = StructureRepair.GiveDrawingsIds(xml, session);
                rendered.Add((part, part.NeedsTableRepair ? StructureRepair.RepairTables(xml) : xml));
            }
            catch (Exception ex) when (ex is ScriptRuntimeException or RenderLimitException or OperationCanceledException)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (session.Fatal is null)
                {
                    throw;
                }

                break;
            }
            finally
            {
                context.PopGlobal();
            }
        }

        return rendered;
    }
}
