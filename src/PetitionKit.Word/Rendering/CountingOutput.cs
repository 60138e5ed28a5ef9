using System.Buffers;
using Scriban.Runtime;

namespace PetitionKit.Word.Rendering;

/// <summary>Scriban output that fails loudly past a size cap, instead of Scriban's own limit, which truncates silently.</summary>
/// <remarks>Writes into a rented buffer that <see cref="Dispose"/> gives back. A complaint's body is larger than the
/// large-object threshold: a fresh builder and string per render made every few renders pay for a full collection.</remarks>
internal sealed class CountingOutput(int capacity, int limit) : IScriptOutput, IDisposable
{
    private char[] _buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));
    private int _length;
    private bool _disposed;

    /// <summary>Gets what has been written; valid until the output is disposed.</summary>
    public ReadOnlySpan<char> Written => _buffer.AsSpan(0, _length);

    /// <summary>Gets a value indicating whether Scriban wrote text of its own (see <see cref="Write(string, int, int)"/>),
    /// which the engine did not read as it wrote it.</summary>
    public bool HasScribanText { get; private set; }

    /// <summary>What Scriban writes by itself — a statement's own output such as <c>tablerow</c>'s HTML, or a program's
    /// result — is text, never markup: it is cleaned and escaped, so no render path can put raw markup into a part. The engine
    /// writes its literal XML and its escaped values through <see cref="WriteMarkup"/>.</summary>
    public void Write(string text, int offset, int count)
    {
        HasScribanText = true;
        var escaped = new System.Text.StringBuilder(count);
        WordXml.XmlEscape.AppendContent(escaped, WordXml.XmlEscape.Clean(text.Substring(offset, count)));
        var value = escaped.ToString();
        WriteMarkup(value, 0, value.Length);
    }

    /// <summary>Writes XML the engine made (template literals, escaped values), counted against the output limit.</summary>
    public void WriteMarkup(string text, int offset, int count)
    {
        if (_length + count > limit)
        {
            throw new RenderLimitException(Diagnostics.DiagnosticCodes.OutputLimit,
                $"The part grew past {limit:N0} characters, the output limit. A loop is probably repeating far more than intended; check its list, or raise RenderLimits.MaxOutputCharacters.");
        }

        Write(text.AsSpan(offset, count));
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Replaces everything written with a repaired version of it.</summary>
    public void Replace(string text)
    {
        _length = 0;
        Write(text);
    }

    public override string ToString() => new(Written);

    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = [];
            _length = 0;
        }
    }

    /// <summary>Appends text without the output limit: for the engine's own buffers, not a template's output.</summary>
    public void Write(ReadOnlySpan<char> text)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_length + text.Length > _buffer.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(_length + text.Length, _buffer.Length * 2));
            Written.CopyTo(larger);
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = larger;
        }

        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }
}
