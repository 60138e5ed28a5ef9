using System.Text;
using Scriban.Runtime;

namespace PetitionKit.Rendering;

/// <summary>Scriban output that fails loudly past a size cap, instead of Scriban's own limit, which truncates silently.</summary>
internal sealed class CountingOutput(int capacity, int limit) : IScriptOutput
{
    private readonly StringBuilder _builder = new(capacity);

    public void Write(string text, int offset, int count)
    {
        if (_builder.Length + count > limit)
        {
            throw new RenderLimitException(Templates.DiagnosticCodes.OutputLimit,
                $"The part grew past {limit:N0} characters, the output limit. A loop is probably repeating far more than intended; check its list, or raise RenderLimits.MaxOutputCharacters.");
        }

        _builder.Append(text, offset, count);
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => _builder.ToString();
}
