using System.Buffers;
using System.Text;
using PetitionKit.Word.Lexing;

namespace PetitionKit.Word.Rendering;

/// <summary>Encodes rendered parts as UTF-8 into rented buffers, putting the review checklist in its slot on the way, so
/// a render makes no second copy of a part to insert it.</summary>
/// <remarks>One per render; <see cref="Dispose"/> gives every buffer back once the draft is written.</remarks>
internal sealed class PartEncoder : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly List<byte[]> _rented = [];

    /// <summary>The part's bytes, with <paramref name="slotXml"/> in place of the checklist marker when given.</summary>
    public ReadOnlyMemory<byte> Encode(ReadOnlySpan<char> xml, string? slotXml)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(xml.Length + (slotXml?.Length ?? 0)));
        _rented.Add(bytes);
        var slot = slotXml is null ? -1 : xml.IndexOf(TagMarkers.ChecklistSlot);
        if (slot < 0)
        {
            return bytes.AsMemory(0, Utf8.GetBytes(xml, bytes));
        }

        var written = Utf8.GetBytes(xml[..slot], bytes);
        written += Utf8.GetBytes(slotXml, bytes.AsSpan(written));
        written += Utf8.GetBytes(xml[(slot + 1)..], bytes.AsSpan(written));
        return bytes.AsMemory(0, written);
    }

    public void Dispose()
    {
        foreach (var bytes in _rented)
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }

        _rented.Clear();
    }
}
