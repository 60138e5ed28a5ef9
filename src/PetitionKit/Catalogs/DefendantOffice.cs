using PetitionKit.Model;

namespace PetitionKit.Catalogs;

/// <summary>What one kind of defendant office is responsible for, in plain words (docs/legal-rules.md#defendants-and-officials).</summary>
/// <remarks>Immutable. <see cref="Responsibility"/> holds <c>{agency}</c> and <c>{form}</c> for the petition's agency
/// and form; it cites no authority, because the domain files verify none that assigns these duties.</remarks>
public sealed record DefendantOffice
{
    /// <summary>Gets the office.</summary>
    public required OfficialRole Role { get; init; }

    /// <summary>Gets how a sentence names the officeholder after the title was pleaded, such as "The Field Office
    /// Director"; <see langword="null"/> for an agency, which the sentence names by its title.</summary>
    public string? ShortTitle { get; init; }

    /// <summary>Gets a verb phrase saying what the office is responsible for, such as "directs the USCIS field office
    /// at which the {form} is pending".</summary>
    public required string Responsibility { get; init; }

    /// <summary>Writes the sentence a parties section pleads for an official holding this office.</summary>
    /// <param name="title">The title as pleaded, used when there is no <see cref="ShortTitle"/>.</param>
    /// <param name="agency">The petition's agency.</param>
    /// <param name="form">The petition's form, such as "I-485".</param>
    /// <returns>A whole sentence with its final period.</returns>
    public string SentenceFor(string title, string agency, string form)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(form);
        var subject = ShortTitle ?? title.Trim();
        var what = Responsibility.Replace("{agency}", agency.Trim(), StringComparison.Ordinal)
            .Replace("{form}", form.Trim(), StringComparison.Ordinal);
        return $"{subject} {what}.";
    }
}
