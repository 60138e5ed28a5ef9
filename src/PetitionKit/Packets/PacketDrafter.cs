using PetitionKit.Catalogs;
using PetitionKit.Model;
using PetitionKit.Petitions;
using PetitionKit.Templates;
using PetitionKit.Validation;
using PetitionKit.Word;
using PetitionKit.Word.Drafting;
using PetitionKit.Word.Rendering;
using Scriban.Runtime;

namespace PetitionKit.Packets;

/// <summary>Drafts a filing packet: one validation, then every document through the same marked renderer as the
/// complaint, so no document of the packet can be written without the draft marks.</summary>
internal static class PacketDrafter
{
    public static async Task<PacketReport> DraftAsync(Petition petition, PacketOptions options, Func<PacketDocument, Stream> destination, CancellationToken cancellationToken)
    {
        // One day for every document: read once, then fixed for validation and each render.
        var asOf = options.Render.ResolveAsOf();
        var render = options.Render with { AsOf = asOf, ChecklistPlacement = ChecklistPlacement.Appendix };
        var complaint = options.ComplaintTemplate ?? (BuiltInTemplates.ForCaseType(petition.CaseType) is { } id ? BuiltInTemplates.Get(id) : null);
        if (complaint?.CheckPetitionModel() is { Count: > 0 } modelErrors)
        {
            throw new TemplateException(modelErrors) { Tags = complaint.Tags };
        }

        var validation = PetitionValidator.Validate(petition, asOf);
        if (complaint is not null && TemplateFit.Check(complaint, petition.CaseType) is { } misfit)
        {
            validation = new ValidationReport([.. validation.Issues, misfit]);
        }

        if (PacketDeadlines.Check(options) is { Count: > 0 } dateErrors)
        {
            validation = new ValidationReport([.. validation.Issues, .. dateErrors]);
        }

        validation.ThrowIfErrors();
        // Validation refuses the one case type with no complaint template; should another reach here, say so plainly.
        if (complaint is null)
        {
            throw new InvalidOperationException($"No built-in template drafts {petition.CaseType}; give a complaint template in the packet options.");
        }

        var written = new List<PacketDocumentReport>();
        foreach (var planned in PacketPlan.For(petition, options))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stream = destination(planned.Document);
            var report = planned.TemplateId is null
                ? await PetitionDrafter.RenderValidatedAsync(petition, complaint, validation, render, options.Redaction, stream, cancellationToken).ConfigureAwait(false)
                : await RenderDocumentAsync(petition, planned, validation, render, options, stream, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            written.Add(new PacketDocumentReport(planned.Document, report));
        }

        return new PacketReport(asOf, written) { Deadlines = [.. PacketDeadlines.For(petition, options).Select(d => d.Deadline)] };
    }

    private static Task<RenderReport> RenderDocumentAsync(Petition petition, PlannedDocument planned, ValidationReport validation, RenderOptions options, PacketOptions packetOptions, Stream destination, CancellationToken cancellationToken)
    {
        // The complaint's own view (privacy applied, the same officials and parties), plus what the packet adds.
        var view = PetitionView.Create(petition, options.AsOf!.Value, packetOptions.Redaction, validation, PetitionCatalogs.Default);
        var profile = CaseTypeCatalog.Get(petition.CaseType);
        var district = FederalDistricts.Find(petition.Court.CourtId);
        var packet = PacketFacts.Create(petition, profile, district);
        packet.SetValue("deadlines", PacketDeadlines.View(petition, packetOptions), readOnly: false);
        if (planned.Defendant is { } defendant)
        {
            packet.SetValue("summoned", PacketFacts.Defendant(defendant), readOnly: false);
        }

        if (planned.PetitionerIndex is { } index)
        {
            var petitioners = (ScriptArray)view.Data["petitioners"]!;
            var residence = petition.Petitioners[index].Residence;
            packet.SetValue("declarant", new ScriptObject(StringComparer.Ordinal)
            {
                { "name", ((ScriptObject)petitioners[index]!)["name"] },
                { "abroad", residence?.Country is { } country && !string.IsNullOrWhiteSpace(country) && !ResidenceLocator.IsUnitedStates(country) },
            }, readOnly: false);
        }

        view.Data.SetValue("packet", packet, readOnly: false);
        IReadOnlyList<ChecklistItem> raised = planned.Document.Kind switch
        {
            PacketDocumentKind.ServicePlan => [.. PacketFacts.AddressItems(PacketFacts.Defendants(petition), district)],
            PacketDocumentKind.Summons => [.. PacketFacts.AddressItems([planned.Defendant!], null).Skip(1)],
            _ => [],
        };
        var target = RenderTarget.For(options, raised, new PetitionReviewMarks(view.PrivacyItems)) with { LateItems = _ => view.CitedItems() };
        return TemplateRenderer.RenderAsync(PacketTemplates.Get(planned.TemplateId!).Compiled, view.Data, options, target, destination, cancellationToken);
    }
}
