using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PetitionKit.Model;
using PetitionKit.Templates;
using PetitionKit.Word;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.DependencyInjection;

/// <summary>The registered <see cref="IPetitionDrafter"/>: the static <see cref="PetitionDrafter"/> with the store's
/// templates, the options' limits, the registered clock, and log events without petition content.</summary>
internal sealed class RegisteredPetitionDrafter(
    IPetitionTemplateStore templates, IOptions<PetitionKitOptions> options, TimeProvider clock, ILogger<RegisteredPetitionDrafter>? logger = null) : IPetitionDrafter
{
    // An app without logging registered gets no events rather than a failure to resolve.
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    public Task<RenderReport> DraftAsync(Petition petition, Stream destination, string? templateId = null, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        return RunAsync(petition, templateId, asOf, (template, renderOptions) =>
            PetitionDrafter.DraftAsync(petition, template, destination, renderOptions, firm: FirmData(), cancellationToken: cancellationToken), cancellationToken);
    }

    public Task<RenderReport> DraftToFileAsync(Petition petition, string path, string? templateId = null, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return RunAsync(petition, templateId, asOf, (template, renderOptions) =>
            PetitionDrafter.DraftToFileAsync(petition, template, path, renderOptions, firm: FirmData(), cancellationToken: cancellationToken), cancellationToken);
    }

    private async Task<RenderReport> RunAsync(
        Petition petition, string? templateId, DateOnly? asOf, Func<PetitionTemplate, RenderOptions, Task<RenderReport>> draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(petition);
        var id = templateId ?? BuiltInTemplates.ForCaseType(petition.CaseType)
            ?? throw new KeyNotFoundException($"No built-in template drafts the case type {petition.CaseType}; name a template.");
        var template = await templates.GetAsync(id, cancellationToken).ConfigureAwait(false);
        try
        {
            var report = await draft(template, RenderOptionsFor(asOf)).ConfigureAwait(false);
            PetitionKitLog.DraftWritten(_logger, id, report.Checklist.Count, report.Warnings.Count);
            return report;
        }
        catch (PetitionValidationException ex)
        {
            var errors = ex.Report.Issues.Where(i => i.Severity == DiagnosticSeverity.Error).ToList();
            PetitionKitLog.ValidationRefused(_logger, errors.Count, string.Join(",", errors.Select(i => i.Code).Distinct(StringComparer.Ordinal)));
            throw;
        }
    }

    /// <summary>The options' firm data as the JSON object a draft reads it from; null when there is none.</summary>
    private JsonElement? FirmData()
    {
        var firm = options.Value.Firm;
        if (firm.Count == 0)
        {
            return null;
        }

        var json = new JsonObject();
        foreach (var (key, value) in firm.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json[key] = value;
        }

        using var document = JsonDocument.Parse(json.ToJsonString());
        return document.RootElement.Clone();
    }

    private RenderOptions RenderOptionsFor(DateOnly? asOf)
    {
        var settings = options.Value;
        var limits = RenderLimits.Default;
        if (settings.MaxOutputCharacters is { } characters)
        {
            limits = limits with { MaxOutputCharacters = characters };
        }

        if (settings.RenderTimeout is { } timeout)
        {
            limits = limits with { Timeout = timeout };
        }

        return new RenderOptions { AsOf = asOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), Clock = clock, Limits = limits };
    }
}
