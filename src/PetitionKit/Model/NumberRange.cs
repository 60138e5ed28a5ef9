using System.Globalization;

namespace PetitionKit.Model;

/// <summary>The values a numeric petition field accepts, and how a message says them.</summary>
/// <param name="Minimum">The least value accepted, unless <paramref name="MinimumExcluded"/>.</param>
/// <param name="Maximum">The greatest value accepted.</param>
/// <param name="MinimumExcluded">Whether <paramref name="Minimum"/> itself is refused (a posted time of 0 months).</param>
/// <param name="Description">The range in words, completing "expected …".</param>
internal sealed record NumberRange(decimal Minimum, decimal Maximum, bool MinimumExcluded, string Description)
{
    public bool Contains(decimal value) =>
        (MinimumExcluded ? value > Minimum : value >= Minimum) && value <= Maximum;

    public string Message(string value) =>
        string.Create(CultureInfo.InvariantCulture, $"{value} is outside the range this field accepts: expected {Description}.");
}
