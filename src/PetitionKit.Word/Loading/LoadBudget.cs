using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Templates;

namespace PetitionKit.Word.Loading;

/// <summary>The limits and the clock of one template load, checked between stages, per part and while scanning.</summary>
internal sealed class LoadBudget : IDisposable
{
    private readonly CancellationTokenSource _timeout;
    private readonly CancellationToken _caller;

    public LoadBudget(string templateName, TemplateLoadLimits limits, CancellationToken caller)
    {
        TemplateName = templateName;
        Limits = limits;
        _caller = caller;
        _timeout = new CancellationTokenSource(limits.Timeout);
    }

    public string TemplateName { get; }

    public TemplateLoadLimits Limits { get; }

    /// <summary>Throws when the caller cancelled, or a load error once the load has run past its time limit.</summary>
    public void Check()
    {
        _caller.ThrowIfCancellationRequested();
        if (_timeout.IsCancellationRequested)
        {
            throw TemplateLoadError.Create(TemplateName, DiagnosticCodes.LoadTimeLimit,
                $"Loading the template took longer than {LimitDuration.Words(Limits.Timeout)} and was stopped. The file is far larger or more complex than a pleading; or raise TemplateLoadLimits.Timeout.");
        }
    }

    public void Dispose() => _timeout.Dispose();
}
