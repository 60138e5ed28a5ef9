using PetitionKit.Word.Compiling;

namespace PetitionKit.Word.Rendering;

/// <summary>One part as a render wrote it: its XML, and its text when the render read it on the way (see
/// <see cref="TextProjection"/>). Both are rented buffers.</summary>
internal sealed record RenderedPart(CompiledPart Part, CountingOutput Xml, CountingOutput? Text) : IDisposable
{
    public void Dispose()
    {
        Xml.Dispose();
        Text?.Dispose();
    }
}
