using System.Globalization;

namespace PetitionKit.Word.Rendering;

/// <summary>Makes the render's culture (<see cref="RenderOptions.Culture"/>) the thread's while a render's programs run.
/// Some of Scriban's built-ins read the thread's culture rather than the template context's: <c>array.sort</c> compares
/// text with it, <c>string.index_of</c> searches with it by default, <c>string.capitalize</c> upper-cases with it (a
/// Turkish host writes "İstanbul"). The host's culture must never reach a draft.</summary>
internal readonly struct RenderCulture : IDisposable
{
    private readonly CultureInfo _previous;

    private RenderCulture(CultureInfo culture)
    {
#pragma warning disable RS0030 // The one place the thread's culture is touched: set to the render's, then put back.
        _previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
#pragma warning restore RS0030
    }

    /// <summary>Sets the culture until the result is disposed; the render runs synchronously on this thread meanwhile.</summary>
    public static RenderCulture Use(CultureInfo culture) => new(culture);

    public void Dispose()
    {
#pragma warning disable RS0030
        CultureInfo.CurrentCulture = _previous;
#pragma warning restore RS0030
    }
}
