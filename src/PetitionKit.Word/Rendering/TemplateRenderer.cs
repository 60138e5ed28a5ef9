using System.Text;
using PetitionKit.Word.Compiling;
using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Drafting;
using PetitionKit.Word.Functions;
using PetitionKit.Word.Packaging;
using PetitionKit.Word.Repair;
using PetitionKit.Word.Templates;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PetitionKit.Word.Rendering;

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
        var session = new RenderSession(options, asOf, timeout.Token) { NextCommentId = template.FirstCommentId, Marks = target.Marks };
        List<RenderedPart> rendered;
        using (RenderCulture.Use(options.Culture))
        {
            rendered = RenderParts(template, data, session, target.Marks.ScansText, cancellationToken);
        }

        using var encoder = new PartEncoder();
        try
        {
            if (session.Fatal is not null)
            {
                session.Errors.Add(session.Fatal);
            }

            if (session.Errors.Count > 0)
            {
                throw new TemplateException(session.Errors);
            }

            var (checklist, replacements) = Finish(template, rendered, session, target, encoder);
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
        finally
        {
            foreach (var part in rendered)
            {
                part.Dispose();
            }
        }
    }

    /// <summary>Scans the rendered text, gathers the checklist and encodes every part with the checklist in its slot.</summary>
    private static (List<ChecklistItem> Checklist, Dictionary<string, ReadOnlyMemory<byte>> Replacements) Finish(
        CompiledTemplate template, List<RenderedPart> rendered, RenderSession session, RenderTarget target, PartEncoder encoder)
    {
        var scanned = new List<ChecklistItem>();
        if (target.Marks.ScansText)
        {
            foreach (var (part, xml, text) in rendered)
            {
                if (session.Options.VerifyTextProjection && text is not null && !text.Written.SequenceEqual(RenderedText.Extract(xml.Written)))
                {
                    throw new InvalidOperationException(
                        $"The text read while rendering {part.EntryName} differs from its XML's text:\n{text}\n---\n{RenderedText.Extract(xml.Written)}");
                }

                scanned.AddRange(RenderedText.Scan(part, xml.Written, text, target.Marks.ScanText));
            }
        }

        var checklist = ChecklistItems.Gather(session, target, scanned);
        var replacements = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
        foreach (var (part, output, _) in rendered)
        {
            var slotXml = part.HasChecklistSlot ? SlotXml(target, checklist, part.ChecklistLead!.Value) : null;
            replacements[part.EntryName] = encoder.Encode(output.Written, slotXml);
        }

        if (template.CommentsEntryName is not null && session.GapComments.Count > 0)
        {
            var comments = template.Package.Entries.First(e => string.Equals(e.Name, template.CommentsEntryName, StringComparison.Ordinal));
            var xml = PartCompiler.XmlDeclaration + GapComments.CommentsPartXml(session.GapComments, Utf8.GetString(comments.Content).TrimStart('\uFEFF'));
            replacements[comments.Name] = Utf8.GetBytes(xml);
        }

        return (checklist, replacements);
    }

    private static string SlotXml(RenderTarget target, List<ChecklistItem> checklist, ChecklistLead lead) => target.Slot switch
    {
        ChecklistSlot.Appendix => ChecklistSection.AppendixXml(lead, checklist, target.Marks),
        ChecklistSlot.Standalone => ChecklistSection.StandaloneXml(checklist, target.Marks),
        _ => ChecklistSection.SeparateNoteXml(checklist.Count, target.Marks),
    };

    private static List<RenderedPart> RenderParts(CompiledTemplate template, ScriptObject data, RenderSession session, bool readText, CancellationToken cancellationToken)
    {
        var context = new RenderContext(session, data);
        context.PushGlobal(DraftGlobals.Create(template.Identity, session));
        var rendered = new List<RenderedPart>(template.Parts.Count);
        try
        {
            foreach (var part in template.Parts)
            {
                if (!RenderPart(context, part, session, readText, rendered, cancellationToken))
                {
                    break;
                }
            }

            return rendered;
        }
        catch
        {
            foreach (var part in rendered)
            {
                part.Dispose();
            }

            throw;
        }
    }

    /// <summary>Renders one part into <paramref name="rendered"/>; false when a limit stopped the render.</summary>
    private static bool RenderPart(RenderContext context, CompiledPart part, RenderSession session, bool readText, List<RenderedPart> rendered, CancellationToken cancellationToken)
    {
        context.PushGlobal(new ScriptObject(StringComparer.Ordinal));
        try
        {
            var output = context.Render(part, readText);
            rendered.Add(output);
            if (session.PastTimeLimit && session.Fatal is null)
            {
                session.Fatal = new Diagnostic(DiagnosticCodes.TimeLimit, DiagnosticSeverity.Error,
                    new TemplateLocation(string.Empty, "/" + part.EntryName, 0, 0), session.TimeLimitMessage, string.Empty, string.Empty);
                return false;
            }

            StructureRepair.GiveDrawingsIds(output.Xml, session);
            if (part.NeedsTableRepair)
            {
                StructureRepair.RepairTables(output.Xml);
            }

            return true;
        }
        catch (Exception ex) when (ex is ScriptRuntimeException or RenderLimitException or OperationCanceledException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (session.Fatal is null)
            {
                throw;
            }

            return false;
        }
        finally
        {
            context.PopGlobal();
        }
    }
}
