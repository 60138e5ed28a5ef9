using Microsoft.Extensions.Diagnostics.HealthChecks;
using PetitionKit.Templates;
using PetitionKit.Word;

namespace PetitionKit.IntakeApi;

/// <summary>Healthy when every built-in template loads: the service drafts nothing without them, and loading one is
/// cached after the first time, so the check costs nothing once the service has drafted.</summary>
public sealed class BuiltInTemplatesHealthCheck : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            foreach (var id in BuiltInTemplates.All)
            {
                _ = BuiltInTemplates.Get(id);
            }

            return Task.FromResult(HealthCheckResult.Healthy());
        }
        catch (TemplateException exception)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("A built-in template does not load.", exception));
        }
    }
}
